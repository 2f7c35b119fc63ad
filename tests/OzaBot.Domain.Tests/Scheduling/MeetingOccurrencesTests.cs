using OzaBot.Domain.Scheduling;

namespace OzaBot.Domain.Tests.Scheduling;

public sealed class MeetingOccurrencesTests
{
    [Fact]
    public void A_series_keeps_its_local_time_across_the_dst_change()
    {
        var zone = new RegionTime(RegionTime.DefaultZoneId).Zone;
        var start = new DateTimeOffset(2026, 3, 17, 14, 0, 0, TimeSpan.FromHours(1));

        var slots = MeetingOccurrences.Expand(start, start.AddHours(1), new MeetingRecurrence(2, 3), zone);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 17, 13, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 4, 14, 12, 0, 0, TimeSpan.Zero),
            ],
            slots.Select(s => s.Start.ToUniversalTime()));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.End - s.Start));
    }

    [Fact]
    public void A_single_meeting_is_one_occurrence()
    {
        var start = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal([new TimeSlot(start, start.AddMinutes(45))], MeetingOccurrences.Expand(start, start.AddMinutes(45), null, new RegionTime(RegionTime.DefaultZoneId).Zone));
    }
}
