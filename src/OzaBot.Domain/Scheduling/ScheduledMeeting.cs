using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Scheduling;

/// <summary>A meeting as stored with the case.</summary>
/// <param name="Sequence">Starts at 0; +1 on every reschedule or cancel (iCalendar SEQUENCE).</param>
/// <param name="JoinUrl">The Teams join link (Graph adapter).</param>
/// <param name="CalendarFileUrl">The unguessable link to the .ics file (Local adapter).</param>
/// <param name="ProviderEventId">The Graph event id (Graph adapter).</param>
public sealed record ScheduledMeeting(
    string MeetingId,
    string CaseCode,
    MeetingKind Kind,
    string OrganizerEmail,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<string> AgendaLines,
    DateTimeOffset Start,
    DateTimeOffset End,
    MeetingRecurrence? Recurrence,
    string? Location,
    MeetingStatus Status,
    int Sequence,
    DateTimeOffset LastModified,
    string? JoinUrl = null,
    Uri? CalendarFileUrl = null,
    string? ProviderEventId = null,
    string? CancelComment = null)
{
    public static ScheduledMeeting From(MeetingRequest request, DateTimeOffset now) => new(
        request.MeetingId, request.CaseCode, request.Kind, request.OrganizerEmail, request.Attendees, request.AgendaLines,
        request.Start, request.End, request.Recurrence, request.Location, MeetingStatus.Scheduled, 0, now);
}
