using Microsoft.Graph;
using Microsoft.Graph.Me.Calendar.GetSchedule;
using Microsoft.Graph.Me.Events.Item.Cancel;
using Microsoft.Graph.Models;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>Delegated: the signed-in user's own calendar, <c>/me/…</c>, with a token on behalf of that user.</summary>
internal sealed class SignedInUserMailbox(GraphServiceClient graph) : IGraphMailbox
{
    public string? Address => null;

    public Task<Event?> CreateAsync(Event ev, CancellationToken cancellationToken) =>
        graph.Me.Events.PostAsync(ev, cancellationToken: cancellationToken);

    public Task<EventCollectionResponse?> FindAsync(string filter) =>
        graph.Me.Events.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = filter;
            rc.QueryParameters.Select = ["id"];
        });

    public Task MoveAsync(string eventId, Event changes, CancellationToken cancellationToken) =>
        graph.Me.Events[eventId].PatchAsync(changes, cancellationToken: cancellationToken);

    public Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        graph.Me.Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);

    public Task DeleteAsync(string eventId) => graph.Me.Events[eventId].DeleteAsync();

    public async Task<IReadOnlyList<ScheduleInformation>> GetScheduleAsync(IReadOnlyList<string> schedules, DateTimeTimeZone start, DateTimeTimeZone end, CancellationToken cancellationToken)
    {
        var body = new GetSchedulePostRequestBody { Schedules = [.. schedules], StartTime = start, EndTime = end, AvailabilityViewInterval = GraphMailboxes.AvailabilityViewInterval };
        return (await graph.Me.Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, cancellationToken: cancellationToken))?.Value ?? [];
    }
}
