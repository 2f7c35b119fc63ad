using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>The turn context handed to middleware and the bot. Outgoing activities are addressed from the incoming one.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSendActivities = [];
    private readonly List<UpdateActivityHandler> _onUpdateActivity = [];

    public BotAdapter Adapter { get; } = adapter;

    public Activity Activity { get; } = activity;

    public TurnServices Services { get; } = new();

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ActivityAddressing.ApplyReplyAddress(activity, Activity);
        var responses = await SendThroughHandlersAsync([activity], 0, cancellationToken);
        if (activity.Type != ActivityTypes.Typing)
        {
            Responded = true;
        }

        return responses.Length > 0 ? responses[0] : new ResourceResponse();
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ActivityAddressing.ApplyReplyAddress(activity, Activity);
        return UpdateThroughHandlersAsync(activity, 0, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        Adapter.DeleteActivityAsync(this, activityId, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSendActivities.Add(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onUpdateActivity.Add(handler);
        return this;
    }

    public void ClearResponded() => Responded = false;

    private Task<ResourceResponse[]> SendThroughHandlersAsync(IReadOnlyList<Activity> activities, int index, CancellationToken cancellationToken) =>
        index == _onSendActivities.Count
            ? Adapter.SendActivitiesAsync(this, activities, cancellationToken)
            : _onSendActivities[index](this, activities, () => SendThroughHandlersAsync(activities, index + 1, cancellationToken));

    private Task<ResourceResponse> UpdateThroughHandlersAsync(Activity activity, int index, CancellationToken cancellationToken) =>
        index == _onUpdateActivity.Count
            ? Adapter.UpdateActivityAsync(this, activity, cancellationToken)
            : _onUpdateActivity[index](this, activity, () => UpdateThroughHandlersAsync(activity, index + 1, cancellationToken));
}
