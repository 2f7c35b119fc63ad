using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.State;

/// <summary>
/// Holds a turn's outgoing messages and card updates until its state is saved, so an attempt that is
/// thrown away (conflict, then retry) has sent and changed nothing. Typing indicators go out at once.
/// </summary>
internal sealed class HeldSends
{
    private readonly List<Func<Task<ResourceResponse[]>>> _held = [];
    private readonly Lock _gate = new();
    private bool _holding = true;

    public Task<ResourceResponse[]> HandleAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(next);
        if (activities.All(activity => activity.Type == ActivityTypes.Typing) || !TryHold(next))
        {
            return next();
        }

        // The channel's ids are not known until release; a card is updated later through the
        // invoke's replyToId, as Teams intends.
        return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
    }

    public Task<ResourceResponse> HandleUpdateAsync(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(next);
        return TryHold(async () => [await next()]) ? Task.FromResult(new ResourceResponse { Id = activity.Id }) : next();
    }

    public void Discard()
    {
        lock (_gate)
        {
            _held.Clear();
        }
    }

    /// <summary>Sends what was held, in order, and lets later sends through directly.</summary>
    public async Task ReleaseAsync()
    {
        foreach (var send in Stop())
        {
            await send();
        }
    }

    /// <summary>Drops what was held and lets later sends (an error message) through directly.</summary>
    public void DiscardAndStop() => Stop();

    private bool TryHold(Func<Task<ResourceResponse[]>> send)
    {
        // A bot may send from parallel tasks; the list and the flag change together.
        lock (_gate)
        {
            if (_holding)
            {
                _held.Add(send);
            }

            return _holding;
        }
    }

    private List<Func<Task<ResourceResponse[]>>> Stop()
    {
        lock (_gate)
        {
            _holding = false;
            var held = _held.ToList();
            _held.Clear();
            return held;
        }
    }
}
