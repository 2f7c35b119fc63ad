using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>One incoming activity and the ways to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Typed per-turn services (state, dialog context, …).</summary>
    TurnServices Services { get; }

    bool Responded { get; }

    /// <summary>The answer to an invoke; written as the HTTP response body after the turn.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a handler that sees every outgoing batch before the adapter (Bot Builder's
    /// OnSendActivities); handlers run in the order added.
    /// </summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    /// <summary>Adds a handler that sees every update of an earlier message before the adapter (Bot Builder's OnUpdateActivity).</summary>
    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    /// <summary>
    /// Forgets that the turn responded. For a send handler that held sends back, discarded them and
    /// runs the turn again (state middleware retrying after a conflict).
    /// </summary>
    void ClearResponded();
}

/// <summary>
/// Sees an outgoing batch: call <paramref name="next"/> to pass it on (to later handlers and the
/// adapter), or return without calling it to hold the batch back (and call it later, or never).
/// </summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<Task<ResourceResponse[]>> next);

/// <summary>Sees an update of an earlier message: call <paramref name="next"/> to pass it on, or hold it back.</summary>
public delegate Task<ResourceResponse> UpdateActivityHandler(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);

/// <summary>A small typed bag: one instance per type, for the duration of a turn.</summary>
public sealed class TurnServices
{
    private readonly Dictionary<Type, object> _items = [];

    public void Set<T>(T value)
        where T : class => _items[typeof(T)] = value;

    public T? Get<T>()
        where T : class => _items.TryGetValue(typeof(T), out var value) ? (T)value : null;

    public T GetRequired<T>()
        where T : class => Get<T>() ?? throw new InvalidOperationException($"{typeof(T).Name} is not available in this turn.");
}
