using System.Globalization;

namespace OzaBot.Domain.Reminders;

/// <summary>
/// When OzaBot may speak first (config section <c>Reminders</c>): school days between <see cref="SendFrom"/> and
/// <see cref="SendUntil"/> in the region's time zone (<see cref="Scheduling.RegionTime"/>), never on weekends or in the <see cref="Holidays"/>.
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Off: no reminders at all (the job does not run).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The school days of the week (Monday to Friday); a weekend day is never one unless listed here.</summary>
    public string SchoolDays { get; set; } = "Monday,Tuesday,Wednesday,Thursday,Friday";

    /// <summary>The day of the weekly overview, unless a conversation chose another ("overzicht op donderdag").</summary>
    public DayOfWeek OverviewDay { get; set; } = DayOfWeek.Monday;

    /// <summary>From when on its day the weekly overview is sent (local time).</summary>
    public TimeOnly OverviewAt { get; set; } = new(8, 0);

    public TimeOnly SendFrom { get; set; } = new(7, 30);

    public TimeOnly SendUntil { get; set; } = new(18, 0);

    /// <summary>
    /// The region's school holidays as date ranges, both ends included, separated by commas or semicolons:
    /// <c>2026-12-19..2027-01-03, 2027-02-13..2027-02-21</c>. A single date is one day off.
    /// </summary>
    public string Holidays { get; set; } = "";

    /// <summary>How often the job looks for due reminders.</summary>
    public int IntervalSeconds { get; set; } = 300;

    public TimeSpan Interval => TimeSpan.FromSeconds(IntervalSeconds);

    /// <summary>The days of <see cref="SchoolDays"/>; throws <see cref="FormatException"/> for a name that is not a day.</summary>
    public IReadOnlySet<DayOfWeek> SchoolDaysOfWeek() =>
        SchoolDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(day => Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new FormatException($"'{day}' is not a day of the week."))
            .ToHashSet();

    /// <summary>The holiday ranges; throws <see cref="FormatException"/> naming the part it cannot read.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> HolidayRanges() =>
        [.. Holidays.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseRange)];

    private static (DateOnly, DateOnly) ParseRange(string range)
    {
        var ends = range.Split("..", StringSplitOptions.TrimEntries);
        if (ends.Length > 2 || !TryDate(ends[0], out var from) || !TryDate(ends[^1], out var to) || to < from)
        {
            throw new FormatException($"'{range}' is not a date range like 2026-12-19..2027-01-03.");
        }

        return (from, to);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
