using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>App-only: the organiser mailbox, <c>/users/{address}/…</c>.</summary>
internal sealed class OrganizerMailbox(GraphServiceClient graph, string address) : IGraphMailbox
{
    public string? Address => address;

    public Task<Event?> CreateAsync(Event ev, CancellationToken cancellationToken) =>
        graph.Users[address].Events.PostAsync(ev, cancellationToken: cancellationToken);

    public Task<EventCollectionResponse?> FindAsync(string filter) =>
        graph.Users[address].Events.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = filter;
            rc.QueryParameters.Select = ["id"];
        });

    public Task MoveAsync(string eventId, Event changes, CancellationToken cancellationToken) =>
        graph.Users[address].Events[eventId].PatchAsync(changes, cancellationToken: cancellationToken);

    public Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        graph.Users[address].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);

    public Task DeleteAsync(string eventId) => graph.Users[address].Events[eventId].DeleteAsync();

    public async Task<IReadOnlyList<ScheduleInformation>> GetScheduleAsync(IReadOnlyList<string> schedules, DateTimeTimeZone start, DateTimeTimeZone end, CancellationToken cancellationToken)
    {
        var body = new GetSchedulePostRequestBody { Schedules = [.. schedules], StartTime = start, EndTime = end, AvailabilityViewInterval = GraphMailboxes.AvailabilityViewInterval };
        return (await graph.Users[address].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, cancellationToken: cancellationToken))?.Value ?? [];
    }
}
