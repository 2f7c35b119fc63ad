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

    public SchoolCalendar(ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _holidays = options.HolidayRanges();
        _schoolDays = options.SchoolDaysOfWeek();
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, _zone).DateTime);

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
