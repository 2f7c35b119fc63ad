using Microsoft.Graph.Models;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// The calendar the Graph adapter writes in: an organiser mailbox app-only (<c>/users/{address}</c>) or the
/// signed-in user's own (<c>/me</c>, delegated). The calls are the same; only the path and the token differ.
/// </summary>
internal interface IGraphMailbox
{
    /// <summary>The organiser's address, or null when it is the signed-in user (then the planner's own address).</summary>
    string? Address { get; }

    Task<Event?> CreateAsync(Event ev, CancellationToken cancellationToken);

    Task<EventCollectionResponse?> FindAsync(string filter);

    Task MoveAsync(string eventId, Event changes, CancellationToken cancellationToken);

    Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken);

    Task DeleteAsync(string eventId);

    Task<IReadOnlyList<ScheduleInformation>> GetScheduleAsync(IReadOnlyList<string> schedules, DateTimeTimeZone start, DateTimeTimeZone end, CancellationToken cancellationToken);
}
