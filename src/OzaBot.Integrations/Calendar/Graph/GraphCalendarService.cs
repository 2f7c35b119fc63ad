using Microsoft.Graph.Models;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Storage;
using TimeSlot = OzaBot.Domain.Scheduling.TimeSlot;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Meetings as Outlook/Teams events in a mailbox: the organiser mailbox app-only (<c>/users/{organizer}/events</c>)
/// or the signed-in user's own calendar (<c>/me/events</c>, delegated).
/// The case's meetings (with the Graph event id) are kept in our store too: it is the authoritative
/// mapping case → event. A create that fails leaves no event behind: the extension is part of the
/// create body, an ambiguous failure is cleaned up by the extended property, and a failed store write
/// deletes the event again.
/// </summary>
internal sealed class GraphCalendarService(IGraphMailbox mailbox, MeetingStore store, SlotFinder finder, TimeProvider time, GraphTime graphTime) : ICalendarService
{
    private readonly GraphEventMapper mapper = new(graphTime);

    /// <summary>getSchedule takes at most 20 schedules and a window shorter than 62 days.</summary>
    private const int MaxSchedulesPerCall = 20;
    private const int MaxWindowDays = 61;

    public async Task<ScheduledMeeting> CreateAsync(MeetingRequest request, CancellationToken cancellationToken = default)
    {
        MeetingRequestValidation.Validate(request);
        if (await store.FindAsync(request.CaseCode, request.MeetingId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var meeting = ScheduledMeeting.From(request, time.GetUtcNow()) with { OrganizerEmail = mailbox.Address ?? request.OrganizerEmail };
        Event created;
        try
        {
            created = await mailbox.CreateAsync(mapper.NewEvent(meeting, request.OrganizerEmail), cancellationToken)
                ?? throw new CalendarException(CalendarErrorKind.Failed, "Graph create returned no event.");
        }
        catch (Exception e) when (GraphErrors.IsGraphFailure(e))
        {
            if (GraphErrors.MayHaveCreated(e))
            {
                await RemoveOrphansAsync(meeting);
            }

            throw GraphErrors.Map(e, "create");
        }

        var stored = meeting with { ProviderEventId = created.Id, JoinUrl = created.OnlineMeeting?.JoinUrl };
        try
        {
            return await store.UpdateCaseAsync(request.CaseCode, document =>
            {
                if (document.Find(request.MeetingId) is { } concurrent)
                {
                    return concurrent;
                }

                document.Meetings.Add(stored);
                return stored;
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DeleteQuietlyAsync(created.Id);
            throw e as CalendarException ?? new CalendarException(CalendarErrorKind.Failed, "Storing the meeting failed; the event was removed again.", e);
        }
    }

    public async Task<ScheduledMeeting> RescheduleAsync(string caseCode, string meetingId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        MeetingRequestValidation.ValidateTimes(start, end);
        var meeting = await FindScheduledAsync(caseCode, meetingId, cancellationToken);
        var moved = meeting with { Start = start, End = end };
        await CallAsync("reschedule", () => mailbox.MoveAsync(meeting.ProviderEventId!, mapper.Move(moved), cancellationToken));
        return await SaveAsync(moved, cancellationToken);
    }

    public async Task<ScheduledMeeting> CancelAsync(string caseCode, string meetingId, string comment, CancellationToken cancellationToken = default)
    {
        var meeting = await FindScheduledAsync(caseCode, meetingId, cancellationToken);
        await CallAsync("cancel", () => mailbox.CancelAsync(meeting.ProviderEventId!, comment, cancellationToken));
        return await SaveAsync(meeting with { Status = MeetingStatus.Cancelled, CancelComment = comment }, cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduledMeeting>> ListAsync(string caseCode, CancellationToken cancellationToken = default) =>
        [.. (await store.ListAsync(caseCode, cancellationToken)).OrderBy(m => m.Start)];

    public Task ForgetCaseAsync(string caseCode, CancellationToken cancellationToken = default) => store.ForgetCaseAsync(caseCode, cancellationToken);

    public async Task<SlotSuggestions> SuggestSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.To.DayNumber - query.From.DayNumber >= MaxWindowDays)
        {
            throw new CalendarException(CalendarErrorKind.InvalidRequest, "Window longer than getSchedule allows.");
        }

        var window = finder.Window(query);
        var people = new[] { mailbox.Address ?? query.OrganizerEmail, query.OrganizerEmail }.Concat(query.AttendeeEmails).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var busy = new List<TimeSlot>();
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in people.Chunk(MaxSchedulesPerCall))
        {
            var answer = await CallAsync("getSchedule", () => mailbox.GetScheduleAsync(chunk, graphTime.ToGraph(window.Start), graphTime.ToGraph(window.End), cancellationToken));
            foreach (var schedule in answer)
            {
                // An address Graph cannot resolve (outside the tenant) comes back as an error entry, not a failure.
                if (schedule.Error is not null || schedule.ScheduleId is null)
                {
                    continue;
                }

                known.Add(schedule.ScheduleId);
                busy.AddRange(from item in schedule.ScheduleItems ?? []
                              where item.Status is FreeBusyStatus.Busy or FreeBusyStatus.Oof or FreeBusyStatus.Tentative
                              where item.Start is not null && item.End is not null
                              select new TimeSlot(GraphTime.FromGraph(item.Start!), GraphTime.FromGraph(item.End!)));
            }
        }

        var unknown = query.AttendeeEmails.Where(e => !known.Contains(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new SlotSuggestions(finder.Find(query, busy), unknown);
    }

    private async Task<ScheduledMeeting> FindScheduledAsync(string caseCode, string meetingId, CancellationToken cancellationToken)
    {
        var meeting = await store.FindAsync(caseCode, meetingId, cancellationToken) ?? throw new CalendarException(CalendarErrorKind.NotFound, "Meeting not found.");
        return meeting.Status == MeetingStatus.Cancelled
            ? throw new CalendarException(CalendarErrorKind.AlreadyCancelled, "Meeting already cancelled.")
            : meeting;
    }

    private Task<ScheduledMeeting> SaveAsync(ScheduledMeeting changed, CancellationToken cancellationToken) =>
        store.UpdateCaseAsync(changed.CaseCode, document =>
        {
            var current = document.Find(changed.MeetingId) ?? throw new CalendarException(CalendarErrorKind.NotFound, "Meeting not found.");
            var next = changed with { Sequence = current.Sequence + 1, LastModified = time.GetUtcNow() };
            document.Replace(next);
            return next;
        }, cancellationToken);

    private static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (GraphErrors.IsGraphFailure(e))
        {
            throw GraphErrors.Map(e, operation);
        }
    }

    private static Task<bool> CallAsync(string operation, Func<Task> call) =>
        CallAsync(operation, async () =>
        {
            await call();
            return true;
        });

    /// <summary>Finds events this create may have made although the answer was lost, and deletes them.</summary>
    private async Task RemoveOrphansAsync(ScheduledMeeting meeting)
    {
        try
        {
            var found = await mailbox.FindAsync(GraphMeetingIds.ExtendedPropertyFilter(meeting.CaseCode, meeting.MeetingId));
            foreach (var orphan in found?.Value ?? [])
            {
                await DeleteQuietlyAsync(orphan.Id);
            }
        }
        catch (Exception e) when (GraphErrors.IsGraphFailure(e))
        {
            // Graph is unreachable: a retry of the same create reuses the transactionId, so it cannot duplicate.
        }
    }

    private async Task DeleteQuietlyAsync(string? eventId)
    {
        if (eventId is null)
        {
            return;
        }

        try
        {
            await mailbox.DeleteAsync(eventId);
        }
        catch (Exception e) when (GraphErrors.IsGraphFailure(e))
        {
            // Best effort; see RemoveOrphansAsync.
        }
    }
}
