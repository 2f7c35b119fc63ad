using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Tests.Scheduling;

public sealed class MeetingAgendaTests
{
    internal static MeetingRequest Request(IReadOnlyList<string>? agenda = null, string caseCode = "K-4821", string attendee = "ib@school.nl") => new(
        "m0123456789abcdef0123", caseCode, MeetingKind.Ozo, "leerkracht@school.nl",
        [new MeetingAttendee(attendee, PartnerRole.School, true)], agenda ?? [],
        new DateTimeOffset(2027, 1, 12, 14, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 1, 12, 15, 0, 0, TimeSpan.FromHours(1)));

    [Fact]
    public void The_subject_carries_only_the_kind_and_the_case_code()
    {
        Assert.Equal("OZO casus K-4821", MeetingAgenda.Subject(MeetingKind.Ozo, "K-4821"));
        Assert.Equal("Actietafel casus K-4821", MeetingAgenda.Subject(MeetingKind.Actietafel, "K-4821"));
    }

    [Fact]
    public void Html_body_encodes_agenda_lines()
    {
        var meeting = ScheduledMeeting.From(Request(["Stap <Betrekken> & acties"]), DateTimeOffset.UnixEpoch);

        var html = MeetingAgenda.ToHtml(meeting);

        Assert.Contains("<li>Stap &lt;Betrekken&gt; &amp; acties</li>", html, StringComparison.Ordinal);
        Assert.Contains("OZO casus K-4821", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_agenda_lines_the_standard_agenda_of_the_kind_is_used()
    {
        var text = MeetingAgenda.ToText(ScheduledMeeting.From(Request(), DateTimeOffset.UnixEpoch));

        Assert.Contains("1. " + SchedulingTexts.DefaultAgenda(MeetingKind.Ozo)[0], text, StringComparison.Ordinal);
        Assert.Contains(SchedulingTexts.PrivacyFooter, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jan Jansen")]
    [InlineData("K-4821\nSUMMARY:x")]
    [InlineData("")]
    public void A_case_code_that_could_carry_a_name_is_rejected(string caseCode)
    {
        var error = Assert.Throws<CalendarException>(() => MeetingRequestValidation.Validate(Request(caseCode: caseCode)));
        Assert.Equal(CalendarErrorKind.InvalidRequest, error.Kind);
    }

    [Theory]
    [InlineData("ib@school.nl\r\nATTENDEE:mailto:x@y.nl")]
    [InlineData("geen-adres")]
    [InlineData("a;b@school.nl")]
    public void An_address_that_could_break_a_calendar_line_is_rejected(string address)
    {
        Assert.Throws<CalendarException>(() => MeetingRequestValidation.Validate(Request(attendee: address)));
    }

    [Fact]
    public void A_valid_request_passes()
    {
        MeetingRequestValidation.Validate(Request());
        MeetingRequestValidation.Validate(Request() with { MeetingId = MeetingRequest.NewMeetingId() });
    }

    [Fact]
    public void Every_error_kind_has_its_own_dutch_and_english_message()
    {
        var kinds = Enum.GetValues<CalendarErrorKind>();

        Assert.Equal(kinds.Length, kinds.Select(k => SchedulingTexts.Error(k)).Distinct().Count());
        Assert.Equal(kinds.Length, kinds.Select(k => SchedulingTexts.Error(k, "en-US")).Distinct().Count());
        Assert.NotEqual(SchedulingTexts.Error(CalendarErrorKind.Throttled), SchedulingTexts.Error(CalendarErrorKind.Throttled, "en"));
    }
}
