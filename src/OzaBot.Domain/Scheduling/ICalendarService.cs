namespace OzaBot.Domain.Scheduling;

/// <summary>
/// The calendar port: puts OZO meetings, evaluations and Actietafels into a calendar. Two adapters
/// exist (Microsoft Graph, and a local store with .ics files). Every failure surfaces as a
/// <see cref="CalendarException"/> whose <see cref="CalendarErrorKind"/> the conversation layer turns
/// into a Dutch message (<see cref="SchedulingTexts.Error"/>).
/// </summary>
public interface ICalendarService
{
    /// <summary>
    /// Creates the meeting (or evaluation series). Idempotent per <see cref="MeetingRequest.MeetingId"/>:
    /// repeating a create for a stored meeting returns the stored one instead of making a second.
    /// </summary>
    Task<ScheduledMeeting> CreateAsync(MeetingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Moves a meeting (a series moves as a whole) and notifies the attendees.</summary>
    Task<ScheduledMeeting> RescheduleAsync(string caseCode, string meetingId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>Cancels a meeting; <paramref name="comment"/> goes to the attendees (no names, no reasons).</summary>
    Task<ScheduledMeeting> CancelAsync(string caseCode, string meetingId, string comment, CancellationToken cancellationToken = default);

    /// <summary>The case's meetings, cancelled ones included, ordered by start.</summary>
    Task<IReadOnlyList<ScheduledMeeting>> ListAsync(string caseCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets every meeting of a deleted or purged case that OzaBot stored: the meeting documents with their
    /// attendee addresses, the .ics links (they answer 404 from now on) and the organiser's busy entries.
    /// Appointments already in someone's own calendar stay there. Idempotent.
    /// </summary>
    Task ForgetCaseAsync(string caseCode, CancellationToken cancellationToken = default);

    /// <summary>Free slots within the query's window, on school days and working hours.</summary>
    Task<SlotSuggestions> SuggestSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default);
}
