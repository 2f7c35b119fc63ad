namespace OzaBot.Domain.Reminders;

/// <summary>
/// School days and sending hours in the configured time zone: the one place that decides whether this moment
/// is a moment to remind people, and which local day "today" is.
/// </summary>
public sealed class SchoolCalendar
{
    private readonly ReminderOptions _options;
    private readonly IReadOnlyList<(DateOnly From, DateOnly To)> _holidays;
    private readonly IReadOnlySet<DayOfWeek> _schoolDays;
    private readonly TimeZoneInfo _zone;

    public SchoolCalendar(ReminderOptions options, Scheduling.RegionTime region)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _holidays = options.HolidayRanges();
        _schoolDays = options.SchoolDaysOfWeek();
        ArgumentNullException.ThrowIfNull(region);
        _zone = region.Zone;
    }

    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, _zone).DateTime);

    /// <summary>The school days of the week (an overview day must be one).</summary>
    public IReadOnlySet<DayOfWeek> SchoolDays => _schoolDays;

    /// <summary>
    /// Whether the weekly overview of a conversation that chose <paramref name="day"/> (null: the configured day) is
    /// due at <paramref name="now"/>: on that day from <see cref="ReminderOptions.OverviewAt"/> (within the sending
    /// hours), or, when that day is a holiday, on the first school day after it in the same week. Returns the Monday
    /// of that week, the overview's identity (it is sent once a week), or null when it is not due now.
    /// </summary>
    public DateOnly? OverviewWeek(DateTimeOffset now, DayOfWeek? day)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var chosen = monday.AddDays(((int)(day ?? _options.OverviewDay) + 6) % 7);
        if (!MaySendAt(now) || TimeOnly.FromDateTime(local.DateTime) < _options.OverviewAt || today < chosen)
        {
            return null;
        }

        for (var earlier = chosen; earlier < today; earlier = earlier.AddDays(1))
        {
            if (IsSchoolDay(earlier))
            {
                return null; // Its day this week has passed: a conversation that joins mid-week waits for the next one.
            }
        }

        return monday;
    }

    public bool IsSchoolDay(DateOnly day) =>
        _schoolDays.Contains(day.DayOfWeek) && !_holidays.Any(h => day >= h.From && day <= h.To);

    /// <summary>A school day, and the local clock between the sending hours (the end excluded).</summary>
    public bool MaySendAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        return IsSchoolDay(DateOnly.FromDateTime(local.DateTime)) && clock >= _options.SendFrom && clock < _options.SendUntil;
    }

    /// <summary>The start of a local day as a moment (DST-aware: the offset of that day's midnight).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight));
    }
}
