using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.State;

/// <summary>
/// Holds a turn's outgoing messages until its state is saved, so an attempt that is thrown away
/// (conflict, then retry) has sent nothing. Typing indicators go out at once.
/// </summary>
internal sealed class HeldSends
{
    private readonly List<Func<Task<ResourceResponse[]>>> _held = [];
    private bool _holding = true;

    public Task<ResourceResponse[]> HandleAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        if (!_holding || activities.All(activity => activity.Type == ActivityTypes.Typing))
        {
            return next();
        }

        _held.Add(next);

        // The channel's ids are not known until release; a card is updated later through the
        // invoke's replyToId, as Teams intends.
        return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
    }

    public void Discard() => _held.Clear();

    /// <summary>Sends what was held, in order, and lets later sends through directly.</summary>
    public async Task ReleaseAsync()
    {
        _holding = false;
        foreach (var send in _held)
        {
            await send();
        }

        _held.Clear();
    }

    /// <summary>Drops what was held and lets later sends (an error message) through directly.</summary>
    public void DiscardAndStop()
    {
        _holding = false;
        _held.Clear();
    }
}
