using Microsoft.Extensions.Time.Testing;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Domain.Tests.Scheduling;

public sealed class SlotFinderTests
{
    private static readonly DateTimeOffset LongAgo = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static SlotFinder Finder(SchedulingOptions? options = null, DateTimeOffset? now = null) =>
        new(options ?? new SchedulingOptions { MaxSuggestionsPerDay = 1 }, new FakeTimeProvider(now ?? LongAgo), new RegionTime(RegionTime.DefaultZoneId));

    private static SlotQuery Query(DateOnly from, DateOnly to, double hours = 1, int max = 5) =>
        new("organisator@school.nl", [], TimeSpan.FromHours(hours), from, to, max);

    [Fact]
    public void Spring_forward_keeps_0830_on_the_wall_clock_and_skips_the_weekend()
    {
        // DST starts on the last Sunday of March: 2026-03-29.
        var slots = Finder().Find(Query(new(2026, 3, 27), new(2026, 3, 30)), []);

        Assert.Equal(
            [
                new TimeSlot(new(2026, 3, 27, 8, 30, 0, TimeSpan.FromHours(1)), new(2026, 3, 27, 9, 30, 0, TimeSpan.FromHours(1))),
                new TimeSlot(new(2026, 3, 30, 8, 30, 0, TimeSpan.FromHours(2)), new(2026, 3, 30, 9, 30, 0, TimeSpan.FromHours(2))),
            ],
            slots);
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 7, 30, 0, TimeSpan.Zero), slots[0].Start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 6, 30, 0, TimeSpan.Zero), slots[1].Start.ToUniversalTime());
    }

    [Fact]
    public void Fall_back_moves_the_utc_time_an_hour_later()
    {
        // DST ends on the last Sunday of October: 2026-10-25.
        var slots = Finder().Find(Query(new(2026, 10, 23), new(2026, 10, 26)), []);

        Assert.Equal(2, slots.Count);
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 6, 30, 0, TimeSpan.Zero), slots[0].Start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 30, 0, TimeSpan.Zero), slots[1].Start.ToUniversalTime());
    }

    [Fact]
    public void Local_times_that_do_not_exist_or_occur_twice_are_never_offered()
    {
        var zone = new RegionTime(RegionTime.DefaultZoneId).Zone;

        Assert.Null(SlotFinder.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), zone));
        Assert.Null(SlotFinder.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), zone));
        Assert.Equal(TimeSpan.FromHours(2), SlotFinder.ToInstant(new DateTime(2026, 3, 29, 3, 30, 0), zone)!.Value.Offset);
    }

    [Fact]
    public void A_weekend_only_window_has_no_slots()
    {
        Assert.Empty(Finder().Find(Query(new(2026, 11, 28), new(2026, 11, 29)), []));
    }

    [Fact]
    public void Configured_holidays_are_skipped()
    {
        var options = new SchedulingOptions { MaxSuggestionsPerDay = 1 };
        options.Holidays.Add(new SchoolHoliday(new(2026, 12, 21), new(2027, 1, 1), "Kerstvakantie"));

        var slots = Finder(options).Find(Query(new(2026, 12, 18), new(2027, 1, 6), max: 3), []);

        Assert.Equal([new DateOnly(2026, 12, 18), new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5)], slots.Select(s => DateOnly.FromDateTime(s.Start.DateTime)));
    }

    [Fact]
    public void Busy_blocks_push_the_slot_to_the_first_free_half_hour()
    {
        var plus1 = TimeSpan.FromHours(1);
        var busy = new[]
        {
            new TimeSlot(new(2026, 11, 23, 8, 0, 0, plus1), new(2026, 11, 23, 10, 0, 0, plus1)),
            new TimeSlot(new(2026, 11, 23, 10, 45, 0, plus1), new(2026, 11, 23, 11, 15, 0, plus1)),
        };

        var slots = Finder().Find(Query(new(2026, 11, 23), new(2026, 11, 23), hours: 0.5), busy);

        // 10:00–10:30 is free; 10:30–11:00 would touch the second block.
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, plus1), Assert.Single(slots).Start);
    }

    [Fact]
    public void A_slot_must_end_within_working_hours()
    {
        var monday = new DateOnly(2026, 11, 23);

        Assert.Single(Finder().Find(Query(monday, monday, hours: 8), []));
        Assert.Empty(Finder().Find(Query(monday, monday, hours: 8.5), []));
    }

    [Fact]
    public void Slots_in_the_past_are_not_offered()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 10, 0, TimeSpan.FromHours(1));

        var slots = Finder(now: now).Find(Query(new(2026, 11, 23), new(2026, 11, 23)), []);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 30, 0, TimeSpan.FromHours(1)), Assert.Single(slots).Start);
    }

    [Fact]
    public void Suggestions_are_spread_over_days_and_capped()
    {
        var slots = Finder(new SchedulingOptions()).Find(Query(new(2026, 11, 23), new(2026, 11, 27), max: 5), []);

        Assert.Equal(5, slots.Count);
        Assert.Equal([23, 23, 24, 24, 25], slots.Select(s => s.Start.Day));
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(slots[1].Start.DateTime));
    }

    [Fact]
    public void An_empty_window_is_an_invalid_request()
    {
        var error = Assert.Throws<CalendarException>(() => Finder().Find(Query(new(2026, 11, 27), new(2026, 11, 23)), []));
        Assert.Equal(CalendarErrorKind.InvalidRequest, error.Kind);
    }
}
