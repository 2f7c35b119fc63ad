using System.Text;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Local;

namespace OzaBot.Integrations.Tests.Calendar;

public sealed class IcsWriterTests
{
    private static readonly RegionTime Region = new(RegionTime.DefaultZoneId);

    private static ScheduledMeeting Meeting(MeetingRecurrence? recurrence = null, IReadOnlyList<string>? agenda = null) =>
        ScheduledMeeting.From(CalendarTestData.Ozo(recurrence: recurrence, agenda: agenda), CalendarTestData.Now);

    [Fact]
    public async Task Icaljs_reads_the_invitation_with_every_field()
    {
        var meeting = Meeting();

        var parsed = await IcalJs.ParseAsync(IcsWriter.Write(meeting, Region));

        Assert.Equal("2.0", parsed.GetProperty("version").GetString());
        Assert.Equal(IcsWriter.ProductId, parsed.GetProperty("prodid").GetString());
        Assert.Equal("REQUEST", parsed.GetProperty("method").GetString());
        Assert.Equal(["Europe/Amsterdam"], parsed.GetProperty("timezones").EnumerateArray().Select(e => e.GetString()));
        var ev = Assert.Single(parsed.GetProperty("events").EnumerateArray().ToList());
        Assert.Equal($"K-4821-{meeting.MeetingId}@{IcsWriter.UidDomain}", ev.GetProperty("uid").GetString());
        Assert.Equal("2026-11-22T10:00:00.000Z", ev.GetProperty("dtstamp").GetString());
        Assert.Equal(0, ev.GetProperty("sequence").GetInt32());
        Assert.Equal("OZO casus K-4821", ev.GetProperty("summary").GetString());
        Assert.Equal(MeetingAgenda.ToText(meeting), ev.GetProperty("description").GetString());
        Assert.Equal("Lokaal 12", ev.GetProperty("location").GetString());
        Assert.Equal("CONFIRMED", ev.GetProperty("status").GetString());
        Assert.Equal("mailto:leerkracht@school.nl", ev.GetProperty("organizer").GetProperty("value").GetString());
        Assert.Equal(
            ["mailto:ib@school.nl|REQ-PARTICIPANT|School", "mailto:consulent@swv.nl|REQ-PARTICIPANT|Samenwerkingsverband", "mailto:jeugd@gemeente.nl|OPT-PARTICIPANT|Gebiedsteam"],
            ev.GetProperty("attendees").EnumerateArray().Select(a => $"{a.GetProperty("value").GetString()}|{a.GetProperty("role").GetString()}|{a.GetProperty("cn").GetString()}"));
        Assert.Equal("Europe/Amsterdam", ev.GetProperty("start").GetProperty("tzid").GetString());
        Assert.Equal("2026-11-24T14:00:00", ev.GetProperty("start").GetProperty("local").GetString());
        Assert.Equal("2026-11-24T13:00:00.000Z", ev.GetProperty("start").GetProperty("utc").GetString());
        Assert.Equal("2026-11-24T14:00:00.000Z", ev.GetProperty("end").GetProperty("utc").GetString());
        Assert.False(ev.GetProperty("isRecurring").GetBoolean());
    }

    [Fact]
    public async Task An_evaluation_series_expands_like_our_own_calculator_across_the_dst_change()
    {
        // Every 6 weeks from Tuesday 24 Nov 2026, 6 times: crosses the change of 28 March 2027.
        var meeting = Meeting(new MeetingRecurrence(6, 6));

        var parsed = await IcalJs.ParseAsync(IcsWriter.Write(meeting, Region));

        var ev = parsed.GetProperty("events")[0];
        Assert.Equal("FREQ=WEEKLY;COUNT=6;INTERVAL=6;BYDAY=TU", ev.GetProperty("rrule").GetString());
        var expected = MeetingOccurrences.Expand(meeting, Region.Zone).Select(s => s.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var actual = ev.GetProperty("occurrences").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal("2027-02-16T13:00:00.000Z", actual[2]);
        Assert.Equal("2027-03-30T12:00:00.000Z", actual[3]);
    }

    [Fact]
    public async Task Long_dutch_text_with_emoji_is_folded_and_read_back_intact()
    {
        var agenda = new[] { "Terugkoppeling van de zorgcoördinator over de één-op-één begeleiding; afspraken, acties en vervolg 🙂 " + new string('é', 60) };
        var meeting = Meeting(agenda: agenda);

        var ics = IcsWriter.Write(meeting, Region);
        var parsed = await IcalJs.ParseAsync(ics);

        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n ", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(MeetingAgenda.ToText(meeting), parsed.GetProperty("events")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_cancelled_meeting_is_a_cancel_with_the_same_uid_and_a_higher_sequence()
    {
        var meeting = Meeting();
        var cancelled = meeting with { Status = MeetingStatus.Cancelled, Sequence = 2, CancelComment = "Gaat niet door" };

        var before = (await IcalJs.ParseAsync(IcsWriter.Write(meeting, Region))).GetProperty("events")[0];
        var after = await IcalJs.ParseAsync(IcsWriter.Write(cancelled, Region));

        Assert.Equal("CANCEL", after.GetProperty("method").GetString());
        var ev = after.GetProperty("events")[0];
        Assert.Equal(before.GetProperty("uid").GetString(), ev.GetProperty("uid").GetString());
        Assert.Equal(2, ev.GetProperty("sequence").GetInt32());
        Assert.Equal("CANCELLED", ev.GetProperty("status").GetString());
        Assert.StartsWith("Geannuleerd: Gaat niet door", ev.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_uses_crlf_and_declares_the_zone_it_uses()
    {
        var ics = IcsWriter.Write(Meeting(), Region);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nPRODID:", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20261124T140000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n", ics, StringComparison.Ordinal);
    }
}
