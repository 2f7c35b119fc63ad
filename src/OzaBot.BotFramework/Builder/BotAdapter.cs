using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// Runs a turn through the middleware pipeline and the bot, and delivers what the turn sends.
/// Subclasses decide where activities go (the Connector, an expectReplies buffer, a test).
/// </summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Called when the bot or a middleware throws; the default rethrows.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken);

    protected async Task RunPipelineAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunMiddlewareAsync(turnContext, 0, callback, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null)
        {
            await OnTurnError(turnContext, ex);
        }
    }

    private Task RunMiddlewareAsync(ITurnContext turnContext, int index, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunMiddlewareAsync(turnContext, index + 1, callback, ct), cancellationToken);
    }
}
