using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Tests.Meetings;

/// <summary>The real Local calendar, answering like the Graph adapter does: a Teams join link and no .ics file.</summary>
internal sealed class TeamsLikeCalendar(ICalendarService inner) : ICalendarService
{
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0";

    public async Task<ScheduledMeeting> CreateAsync(MeetingRequest request, CancellationToken cancellationToken = default) =>
        AsGraph(await inner.CreateAsync(request, cancellationToken));

    public async Task<ScheduledMeeting> RescheduleAsync(string caseCode, string meetingId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        AsGraph(await inner.RescheduleAsync(caseCode, meetingId, start, end, cancellationToken));

    public async Task<ScheduledMeeting> CancelAsync(string caseCode, string meetingId, string comment, CancellationToken cancellationToken = default) =>
        AsGraph(await inner.CancelAsync(caseCode, meetingId, comment, cancellationToken));

    public async Task<IReadOnlyList<ScheduledMeeting>> ListAsync(string caseCode, CancellationToken cancellationToken = default) =>
        [.. (await inner.ListAsync(caseCode, cancellationToken)).Select(AsGraph)];

    public Task ForgetCaseAsync(string caseCode, CancellationToken cancellationToken = default) => inner.ForgetCaseAsync(caseCode, cancellationToken);

    public Task<SlotSuggestions> SuggestSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default) =>
        inner.SuggestSlotsAsync(query, cancellationToken);

    private static ScheduledMeeting AsGraph(ScheduledMeeting meeting) => meeting with { JoinUrl = JoinUrl, CalendarFileUrl = null };
}
