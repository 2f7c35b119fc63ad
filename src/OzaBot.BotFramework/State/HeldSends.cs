using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.State;

/// <summary>
/// Holds a turn's outgoing messages and card updates until its state is saved, so an attempt that is
/// thrown away (conflict, then retry) has sent and changed nothing. Typing indicators go out at once while
/// the turn runs, and never after its answer: the release waits for one on its way, and later ones are dropped
/// (sent together, a typing indicator could overtake the answer and reach the chat after it).
/// One answer is one message: a text followed directly by a card goes out as the card with that text
/// (one bubble on a phone, one outbound call).
/// </summary>
internal sealed class HeldSends
{
    private readonly List<Held> _held = [];
    private readonly Lock _gate = new();
    private bool _holding = true;
    private Task _typing = Task.CompletedTask;

    public Task<ResourceResponse[]> HandleAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(next);
        if (activities.All(activity => activity.Type == ActivityTypes.Typing))
        {
            return SendTyping(activities, next);
        }

        if (!TryHold(new Held(activities, next)))
        {
            return next();
        }

        // The channel's ids are not known until release; a card is updated later through the
        // invoke's replyToId, as Teams intends.
        return Unsent(activities);
    }

    public Task<ResourceResponse> HandleUpdateAsync(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(next);
        return TryHold(new Held([], async () => [await next()])) ? Task.FromResult(new ResourceResponse { Id = activity.Id }) : next();
    }

    public void Discard()
    {
        lock (_gate)
        {
            _held.Clear();
        }
    }

    /// <summary>Sends what was held, in order, after any typing indicator on its way, and lets later sends through directly.</summary>
    public async Task ReleaseAsync()
    {
        var held = Stop();
        await _typing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // its failure is the typing sender's to handle
        for (var i = 0; i < held.Count; i++)
        {
            if (i + 1 < held.Count && TryJoin(held[i].Activities, held[i + 1].Activities))
            {
                continue; // its text now travels with the card that follows
            }

            await held[i].Send();
        }
    }

    /// <summary>Moves a lone text message into the card message right after it; false when they are not such a pair.</summary>
    private static bool TryJoin(IReadOnlyList<Activity> first, IReadOnlyList<Activity> second)
    {
        // Only plain text joins: a mention (entity) or anything else of its own stays its own message.
        if (first is not [{ Type: ActivityTypes.Message, Text: { Length: > 0 } text, Attachments: null or { Count: 0 }, Entities: null or { Count: 0 },
                ExtensionData: null or { Count: 0 }, ChannelData: null, Summary: null } lone] ||
            second is not [{ Type: ActivityTypes.Message, Attachments.Count: > 0, Text: null or "" } card])
        {
            return false;
        }

        card.Text = text;
        card.TextFormat = lone.TextFormat;
        return true;
    }

    /// <summary>Drops what was held and lets later sends (an error message) through directly.</summary>
    public void DiscardAndStop() => Stop();

    private Task<ResourceResponse[]> SendTyping(IReadOnlyList<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        lock (_gate)
        {
            if (!_holding)
            {
                return Unsent(activities);
            }

            var sending = next();
            _typing = sending;
            return sending;
        }
    }

    /// <summary>The answer for activities not sent now (held, or a typing indicator dropped): the channel has given them no ids.</summary>
    private static Task<ResourceResponse[]> Unsent(IReadOnlyList<Activity> activities) =>
        Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());

    private bool TryHold(Held send)
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

    private List<Held> Stop()
    {
        lock (_gate)
        {
            _holding = false;
            var held = _held.ToList();
            _held.Clear();
            return held;
        }
    }

    /// <summary>One held send: its activities (none for a card update) and the rest of the send pipeline.</summary>
    private sealed record Held(IReadOnlyList<Activity> Activities, Func<Task<ResourceResponse[]>> Send);
}
