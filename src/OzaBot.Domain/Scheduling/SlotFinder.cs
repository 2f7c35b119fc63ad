namespace OzaBot.Domain.Scheduling;

/// <summary>
/// Pure slot search: walks the window day by day in the configured zone (so a slot at 08:30 stays
/// 08:30 on the wall clock across a DST change), skips weekends and holidays, and keeps candidates
/// that start after "now" and overlap no busy block.
/// </summary>
public sealed class SlotFinder(SchedulingOptions options, TimeProvider time, RegionTime region)
{
    public IReadOnlyList<TimeSlot> Find(SlotQuery query, IEnumerable<TimeSlot> busy)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Duration <= TimeSpan.Zero || query.To < query.From || query.MaxSuggestions <= 0)
        {
            throw new CalendarException(CalendarErrorKind.InvalidRequest, "Empty window or non-positive duration.");
        }

        var zone = region.Zone;
        var now = time.GetUtcNow();
        var blocks = busy.OrderBy(b => b.Start).ToList();
        var found = new List<TimeSlot>();
        for (var date = query.From; date <= query.To && found.Count < query.MaxSuggestions; date = date.AddDays(1))
        {
            if (!IsSchoolDay(date))
            {
                continue;
            }

            var perDay = 0;
            var dayEnd = date.ToDateTime(options.WorkdayEnd);
            for (var local = date.ToDateTime(options.WorkdayStart);
                 local < dayEnd && perDay < options.MaxSuggestionsPerDay && found.Count < query.MaxSuggestions;
                 local += options.SlotStep)
            {
                if (ToInstant(local, zone) is not { } start)
                {
                    continue;
                }

                var slot = new TimeSlot(start, start + query.Duration);
                var localEnd = TimeZoneInfo.ConvertTime(slot.End, zone).DateTime;
                if (localEnd > dayEnd)
                {
                    break;
                }

                if (slot.Start >= now && !blocks.Exists(slot.Overlaps))
                {
                    found.Add(slot);
                    perDay++;
                }
            }
        }

        return found;
    }

    /// <summary>The query's window as instants: from the start of its first local day to the end of its last.</summary>
    public TimeSlot Window(SlotQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var zone = region.Zone;
        var from = query.From.ToDateTime(TimeOnly.MinValue);
        var to = query.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new TimeSlot(new DateTimeOffset(from, zone.GetUtcOffset(from)), new DateTimeOffset(to, zone.GetUtcOffset(to)));
    }

    public bool IsSchoolDay(DateOnly date) =>
        SchedulingOptions.IsSchoolWeekday(date.DayOfWeek) && !options.Holidays.Any(h => h.Contains(date));

    /// <summary>The instant of a local wall-clock time; <c>null</c> when it does not exist or is ambiguous (DST change).</summary>
    public static DateTimeOffset? ToInstant(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local) || zone.IsAmbiguousTime(local))
        {
            return null;
        }

        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));
    }
}
