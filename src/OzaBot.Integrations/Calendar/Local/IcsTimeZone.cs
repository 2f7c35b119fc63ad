using System.Collections.Concurrent;
using System.Globalization;

namespace OzaBot.Integrations.Calendar.Local;

/// <summary>
/// The VTIMEZONE of a zone, derived from its transitions in the current year: each change of offset becomes a yearly
/// rule "the n-th (or last) weekday of the month at that wall-clock time" (for Europe/Amsterdam: last Sunday of March
/// 02:00 → 03:00, last Sunday of October 03:00 → 02:00). Derived from the offsets rather than from
/// <see cref="TimeZoneInfo.GetAdjustmentRules"/>, because on Linux .NET exposes fixed per-year rules rather than the
/// floating rule (graph-calendar.md §11). A zone without daylight saving time gets one STANDARD component.
/// </summary>
internal static class IcsTimeZone
{
    // Finding the transitions scans a whole year; every .ics file of that zone and year needs the same lines.
    private static readonly ConcurrentDictionary<(string Zone, int Year), IReadOnlyList<string>> Known = new();

    public static IReadOnlyList<string> Lines(TimeZoneInfo zone, int year)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Known.GetOrAdd((zone.Id, year), key => Derive(zone, key.Year));
    }

    private static List<string> Derive(TimeZoneInfo zone, int year)
    {
        var lines = new List<string> { "BEGIN:VTIMEZONE", "TZID:" + zone.Id };
        var transitions = Transitions(zone, year);
        if (transitions.Count == 0)
        {
            var offset = Offset(zone.BaseUtcOffset);
            lines.AddRange(["BEGIN:STANDARD", "TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset, "DTSTART:19700101T000000", "END:STANDARD"]);
        }

        foreach (var (local, from, to) in transitions)
        {
            var component = to > from ? "DAYLIGHT" : "STANDARD";
            var (week, day) = Rule(local);
            lines.AddRange(
            [
                "BEGIN:" + component,
                "TZOFFSETFROM:" + Offset(from),
                "TZOFFSETTO:" + Offset(to),
                "DTSTART:" + FirstOnset(local, week).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"RRULE:FREQ=YEARLY;BYMONTH={local.Month};BYDAY={week}{day}"),
                "END:" + component,
            ]);
        }

        lines.Add("END:VTIMEZONE");
        return lines;
    }

    /// <summary>The wall-clock moments (in the offset before) at which the offset changes during <paramref name="year"/>.</summary>
    private static List<(DateTime Local, TimeSpan From, TimeSpan To)> Transitions(TimeZoneInfo zone, int year)
    {
        var found = new List<(DateTime, TimeSpan, TimeSpan)>();
        var instant = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = instant.AddYears(1);
        var previous = zone.GetUtcOffset(instant);
        for (; instant < end; instant = instant.AddMinutes(30))
        {
            var offset = zone.GetUtcOffset(instant);
            if (offset != previous)
            {
                found.Add(((instant + previous).DateTime, previous, offset));
                previous = offset;
            }
        }

        return found;
    }

    /// <summary>"-1" and "SU" for the last Sunday of the month, "2" and "SU" for the second.</summary>
    private static (string Week, string Day) Rule(DateTime local)
    {
        var last = local.Day + 7 > DateTime.DaysInMonth(local.Year, local.Month);
        var week = last ? "-1" : ((local.Day - 1) / 7 + 1).ToString(CultureInfo.InvariantCulture);
        return (week, local.DayOfWeek.ToString()[..2].ToUpperInvariant());
    }

    /// <summary>The rule's day in 1970 (the conventional first onset), at the transition's wall-clock time.</summary>
    private static DateTime FirstOnset(DateTime local, string week)
    {
        var first = new DateTime(1970, local.Month, 1);
        var days = DateTime.DaysInMonth(1970, local.Month);
        var matches = Enumerable.Range(0, days).Select(d => first.AddDays(d)).Where(d => d.DayOfWeek == local.DayOfWeek).ToList();
        var day = week == "-1" ? matches[^1] : matches[int.Parse(week, CultureInfo.InvariantCulture) - 1];
        return day + local.TimeOfDay;
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
