using OzaBot.Domain.Reminders;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Domain.Tests.Reminders;

/// <summary>School days and sending hours in Europe/Amsterdam: weekends, a holiday range, the quiet hours, both DST changes.</summary>
public sealed class SchoolCalendarTests
{
    private static readonly SchoolCalendar Calendar = new(new ReminderOptions { Holidays = "2026-12-19..2027-01-03; 2027-04-27" }, new RegionTime(RegionTime.DefaultZoneId));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 12, 3, 6, 29, false)] // Thursday 07:29 in winter (UTC+1): too early
    [InlineData(2026, 12, 3, 6, 30, true)] // 07:30
    [InlineData(2026, 12, 3, 16, 59, true)] // 17:59
    [InlineData(2026, 12, 3, 17, 0, false)] // 18:00: quiet again
    [InlineData(2026, 12, 5, 9, 0, false)] // Saturday
    [InlineData(2026, 12, 6, 9, 0, false)] // Sunday
    [InlineData(2026, 12, 18, 9, 0, true)] // Friday before the Christmas holiday
    [InlineData(2026, 12, 21, 9, 0, false)] // Monday in the holiday
    [InlineData(2027, 1, 4, 9, 0, true)] // first school day after it
    [InlineData(2027, 4, 27, 9, 0, false)] // a single holiday date (Koningsdag)
    public void Sends_only_on_school_days_between_half_past_seven_and_six(int year, int month, int day, int hour, int minute, bool expected) =>
        Assert.Equal(expected, Calendar.MaySendAt(Utc(year, month, day, hour, minute)));

    [Fact]
    public void The_sending_hours_follow_local_time_across_the_change_to_summer_time()
    {
        // Friday 26 March 2027 is still UTC+1; Monday 29 March is UTC+2 (the clocks moved on Sunday 28 March).
        Assert.True(Calendar.MaySendAt(Utc(2027, 3, 26, 6, 30)));
        Assert.False(Calendar.MaySendAt(Utc(2027, 3, 29, 5, 29)));
        Assert.True(Calendar.MaySendAt(Utc(2027, 3, 29, 5, 30)));
        Assert.False(Calendar.MaySendAt(Utc(2027, 3, 29, 16, 0)));
        Assert.Equal(TimeSpan.FromHours(2), Calendar.StartOf(new DateOnly(2027, 3, 29)).Offset);
    }

    [Fact]
    public void The_sending_hours_follow_local_time_across_the_change_to_winter_time()
    {
        // Sunday 31 October 2027 the clocks go back: Monday 1 November is UTC+1 again.
        Assert.True(Calendar.MaySendAt(Utc(2027, 10, 29, 5, 30)));
        Assert.False(Calendar.MaySendAt(Utc(2027, 11, 1, 6, 0)));
        Assert.True(Calendar.MaySendAt(Utc(2027, 11, 1, 6, 30)));
        Assert.Equal(new DateOnly(2027, 11, 1), Calendar.LocalDate(Utc(2027, 10, 31, 23, 30)));
    }

    [Fact]
    public void A_region_may_name_other_school_days_but_the_weekend_is_off_by_default()
    {
        var saturday = Utc(2026, 12, 5, 9, 0);
        Assert.False(Calendar.MaySendAt(saturday));
        Assert.True(new SchoolCalendar(new ReminderOptions { SchoolDays = "Monday, saturday" }, new RegionTime(RegionTime.DefaultZoneId)).MaySendAt(saturday));
        Assert.Throws<FormatException>(() => new ReminderOptions { SchoolDays = "maandag" }.SchoolDaysOfWeek());
    }

    [Theory]
    [InlineData(26, 5, 59, null, null)] // Monday 07:59 (UTC+2): not yet
    [InlineData(26, 6, 0, null, "2027-04-26")] // Monday 08:00: the configured day
    [InlineData(27, 8, 0, DayOfWeek.Tuesday, null)] // Koningsdag: no overview on a holiday
    [InlineData(28, 6, 0, DayOfWeek.Tuesday, "2027-04-26")] // so Tuesday's moves to Wednesday, in the same week
    [InlineData(29, 8, 0, DayOfWeek.Tuesday, null)] // not again on Thursday
    [InlineData(28, 8, 0, DayOfWeek.Monday, null)] // Monday's day has passed: a conversation that joins mid-week waits
    public void The_weekly_overview_is_due_on_its_day_from_eight_or_on_the_first_school_day_after_a_holiday(int day, int hour, int minute, DayOfWeek? chosen, string? week) =>
        Assert.Equal(week is null ? null : DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture), Calendar.OverviewWeek(Utc(2027, 4, day, hour, minute), chosen));

    [Theory]
    [InlineData("2026-12-19")]
    [InlineData("2026-12-19..2027-01-03, 2027-02-13..2027-02-21")]
    [InlineData("")]
    public void Holidays_are_read_as_dates_and_date_ranges(string holidays) =>
        Assert.NotNull(new ReminderOptions { Holidays = holidays }.HolidayRanges());

    [Theory]
    [InlineData("19-12-2026")]
    [InlineData("2027-01-03..2026-12-19")]
    [InlineData("kerstvakantie")]
    public void Unreadable_holidays_are_refused_naming_the_part(string holidays)
    {
        var error = Assert.Throws<FormatException>(() => new ReminderOptions { Holidays = holidays }.HolidayRanges());
        Assert.Contains(holidays, error.Message, StringComparison.Ordinal);
    }
}
