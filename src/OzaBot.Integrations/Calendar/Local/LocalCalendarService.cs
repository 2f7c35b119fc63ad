using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Storage;

namespace OzaBot.Integrations.Calendar.Local;

/// <summary>
/// The embedded calendar (no account): meetings live in the bot's store with the case, each with an
/// .ics file at an unguessable link that the organiser opens in Outlook. Suggestions come from the
/// organiser's own stored meetings; everyone else's availability is unknown.
/// </summary>
internal sealed class LocalCalendarService(MeetingStore store, CalendarFileLinks links, SlotFinder finder, TimeProvider time, RegionTime region) : ICalendarService
{
    public async Task<ScheduledMeeting> CreateAsync(MeetingRequest request, CancellationToken cancellationToken = default)
    {
        MeetingRequestValidation.Validate(request);
        if (await store.FindAsync(request.CaseCode, request.MeetingId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var token = CalendarFileLinks.NewToken();
        await store.AddFileTokenAsync(token, request.CaseCode, request.MeetingId, cancellationToken);
        var created = ScheduledMeeting.From(request, time.GetUtcNow()) with { CalendarFileUrl = links.For(token) };
        var stored = await store.UpdateCaseAsync(request.CaseCode, document =>
        {
            if (document.Find(request.MeetingId) is { } concurrent)
            {
                return concurrent;
            }

            document.Meetings.Add(created);
            return created;
        }, cancellationToken);
        await UpdateBusyAsync(stored, cancellationToken);
        return stored;
    }

    public Task<ScheduledMeeting> RescheduleAsync(string caseCode, string meetingId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        MeetingRequestValidation.ValidateTimes(start, end);
        return ChangeAsync(caseCode, meetingId, m => m with { Start = start, End = end }, cancellationToken);
    }

    public Task<ScheduledMeeting> CancelAsync(string caseCode, string meetingId, string comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseCode, meetingId, m => m with { Status = MeetingStatus.Cancelled, CancelComment = comment }, cancellationToken);

    public async Task<IReadOnlyList<ScheduledMeeting>> ListAsync(string caseCode, CancellationToken cancellationToken = default) =>
        [.. (await store.ListAsync(caseCode, cancellationToken)).OrderBy(m => m.Start)];

    public Task ForgetCaseAsync(string caseCode, CancellationToken cancellationToken = default) => store.ForgetCaseAsync(caseCode, cancellationToken);

    public async Task<SlotSuggestions> SuggestSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var busy = await store.BusyAsync(query.OrganizerEmail, cancellationToken);
        var unknown = query.AttendeeEmails.Where(e => !string.Equals(e, query.OrganizerEmail, StringComparison.OrdinalIgnoreCase)).ToList();
        return new SlotSuggestions(finder.Find(query, busy), unknown);
    }

    private async Task<ScheduledMeeting> ChangeAsync(string caseCode, string meetingId, Func<ScheduledMeeting, ScheduledMeeting> change, CancellationToken cancellationToken)
    {
        var changed = await store.UpdateCaseAsync(caseCode, document =>
        {
            var meeting = document.Find(meetingId) ?? throw new CalendarException(CalendarErrorKind.NotFound, "Meeting not found.");
            if (meeting.Status == MeetingStatus.Cancelled)
            {
                throw new CalendarException(CalendarErrorKind.AlreadyCancelled, "Meeting already cancelled.");
            }

            var next = change(meeting) with { Sequence = meeting.Sequence + 1, LastModified = time.GetUtcNow() };
            document.Replace(next);
            return next;
        }, cancellationToken);
        await UpdateBusyAsync(changed, cancellationToken);
        return changed;
    }

    private Task UpdateBusyAsync(ScheduledMeeting meeting, CancellationToken cancellationToken) =>
        store.SetBusyAsync(
            meeting.OrganizerEmail,
            meeting.CaseCode,
            meeting.MeetingId,
            meeting.Status == MeetingStatus.Cancelled ? null : MeetingOccurrences.Expand(meeting, region.Zone),
            cancellationToken);
}
