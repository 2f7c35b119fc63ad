using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Integrations.Tests.Calendar;

internal static class CalendarTestData
{
    public static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    public const string Organizer = "leerkracht@school.nl";

    public static MeetingRequest Ozo(string caseCode = "K-4821", MeetingRecurrence? recurrence = null, IReadOnlyList<string>? agenda = null) => new(
        MeetingRequest.NewMeetingId(),
        caseCode,
        recurrence is null ? MeetingKind.Ozo : MeetingKind.Evaluatie,
        Organizer,
        [
            new MeetingAttendee("ib@school.nl", PartnerRole.School, true),
            new MeetingAttendee("consulent@swv.nl", PartnerRole.Samenwerkingsverband, true),
            new MeetingAttendee("jeugd@gemeente.nl", PartnerRole.Gebiedsteam, false),
        ],
        agenda ?? ["Stap Betrekken: wie sluit aan?", "Acties van gebiedsteam"],
        new DateTimeOffset(2026, 11, 24, 14, 0, 0, Winter),
        new DateTimeOffset(2026, 11, 24, 15, 0, 0, Winter),
        recurrence,
        "Lokaal 12");
}
