using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Graph;
using OzaBot.Integrations.Calendar.Local;

namespace OzaBot.Integrations.Tests.Calendar;

/// <summary>The calendar writers follow the configured zone: the VTIMEZONE is derived from it and Graph gets its Windows name.</summary>
public sealed class RegionTimeZoneTests
{
    [Fact]
    public void Amsterdam_gets_the_EU_rule_New_York_the_US_rule_and_Tokyo_a_fixed_offset()
    {
        var amsterdam = IcsTimeZone.Lines(TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"), 2026);
        Assert.Equal(
        [
            "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ], amsterdam);

        var newYork = IcsTimeZone.Lines(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), 2026);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", newYork);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", newYork);
        Assert.Contains("TZOFFSETTO:-0400", newYork);

        Assert.Equal(["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
            IcsTimeZone.Lines(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), 2026));
    }

    [Fact]
    public void Graph_gets_the_zone_by_its_Windows_name_and_wall_clock_times_in_it()
    {
        var newYork = new GraphTime(new RegionTime("America/New_York"));
        Assert.Equal("Eastern Standard Time", newYork.WindowsZone);
        Assert.Equal("W. Europe Standard Time", new GraphTime(new RegionTime("Europe/Amsterdam")).WindowsZone);

        var graph = newYork.ToGraph(new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(("2026-12-07T10:00:00", "Eastern Standard Time"), (graph.DateTime, graph.TimeZone));
    }
}
