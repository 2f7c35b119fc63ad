using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;
using Xunit;

namespace OzaBot.Testing.Flow;

/// <summary>
/// A conversation test that reads like the conversation:
/// <c>new TestFlow(adapter, bot).Send("wat nu?").AssertReplyContains("…").Submit(new { … }).AssertCard(…).StartTestAsync()</c>.
/// Steps run in order when <see cref="StartTestAsync"/> is awaited; each turn runs to completion
/// before the next step, so there is nothing to wait for (no sleeps). Replies queue up in the
/// adapter and each Assert… takes the next one (typing indicators are skipped).
/// </summary>
public sealed class TestFlow
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    private readonly TestAdapter _adapter;
    private readonly IBot _bot;
    private readonly List<Func<Task>> _steps = [];
    private ChannelAccount _user = TestAdapter.User();
    private InvokeResponse? _lastInvokeResponse;
    private string? _lastCardId;

    public TestFlow(TestAdapter adapter, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(bot);
        _adapter = adapter;
        _bot = bot;
    }

    public TestFlow(TestAdapter adapter, Func<ITurnContext, CancellationToken, Task> bot)
        : this(adapter, new DelegateBot(bot))
    {
    }

    /// <summary>The next activities come from <paramref name="user"/> (group chats: several people).</summary>
    public TestFlow As(ChannelAccount user) => Then(() => _user = user);

    public TestFlow As(string userId, string name = "Gebruiker") => As(TestAdapter.User(userId, name));

    /// <summary>A typed message.</summary>
    public TestFlow Send(string text) => Turn(() => _adapter.MakeMessage(text, _user));

    /// <summary>Any activity, sent as is (fill in From yourself when it matters).</summary>
    public TestFlow Send(Activity activity) => Turn(() => activity);

    /// <summary>An Action.Submit from the last card: a message whose <c>value</c> is <paramref name="value"/>, no text.</summary>
    public TestFlow Submit(object value) => Turn(() => _adapter.MakeSubmit(ToElement(value), _user, _lastCardId));

    /// <summary>An Action.Execute from the last card: an <c>adaptiveCard/action</c> invoke.</summary>
    public TestFlow Execute(string verb, object? data = null) =>
        Turn(() => _adapter.MakeExecute(verb, ToElement(data ?? new { }), _user, _lastCardId));

    /// <summary>Moves the adapter's <see cref="FakeTimeProvider"/> forward (timers due on the way fire).</summary>
    public TestFlow AdvanceTime(TimeSpan delta) => Then(() =>
    {
        var time = _adapter.TimeProvider as FakeTimeProvider
            ?? throw new InvalidOperationException("AdvanceTime needs adapter.TimeProvider to be a FakeTimeProvider.");
        time.Advance(delta);
    });

    public TestFlow AssertReply(string expectedText) =>
        AssertReply(reply => Assert.Equal(expectedText, reply.Text));

    public TestFlow AssertReplyContains(string fragment) =>
        AssertReply(reply => Assert.Contains(fragment, reply.Text ?? string.Empty, StringComparison.Ordinal));

    public TestFlow AssertReply(Action<Activity> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Then(() => check(NextReply()));
    }

    /// <summary>The next reply carries an Adaptive Card; <paramref name="check"/> sees the card's JSON.</summary>
    public TestFlow AssertCard(Action<JsonElement>? check = null) => AssertReply(reply =>
    {
        var card = reply.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard);
        Assert.True(card?.Content is not null, $"Expected an Adaptive Card, got: {Describe(reply)}");
        check?.Invoke(card!.Content!.Value);
    });

    /// <summary>One message with both a text containing <paramref name="fragment"/> and an Adaptive Card.</summary>
    public TestFlow AssertTextWithCard(string fragment, Action<JsonElement>? check = null) =>
        AssertTextWithCard(text => Assert.Contains(fragment, text, StringComparison.Ordinal), check);

    /// <summary>One message with an Adaptive Card and a text that passes <paramref name="textCheck"/>.</summary>
    public TestFlow AssertTextWithCard(Action<string> textCheck, Action<JsonElement>? check = null) => AssertReply(reply =>
    {
        ArgumentNullException.ThrowIfNull(textCheck);
        textCheck(reply.Text ?? string.Empty);
        var card = reply.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard);
        Assert.True(card?.Content is not null, $"Expected an Adaptive Card with the text, got: {Describe(reply)}");
        check?.Invoke(card!.Content!.Value);
    });

    /// <summary>One message with exactly <paramref name="expectedText"/> and an Adaptive Card.</summary>
    public TestFlow AssertReplyWithCard(string expectedText, Action<JsonElement>? check = null) =>
        AssertTextWithCard(text => Assert.Equal(expectedText, text), check);

    public TestFlow AssertNoReply() => Then(() =>
        Assert.False(TryNextReply(out var reply), $"Expected no reply, got: {(reply is null ? string.Empty : Describe(reply))}"));

    /// <summary>The answer the bot gave to the last invoke (Execute).</summary>
    public TestFlow AssertInvokeResponse(Action<InvokeResponse?> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Then(() => check(_lastInvokeResponse));
    }

    /// <summary>Any other check between steps (storage contents, a fake's calls, …).</summary>
    public TestFlow Then(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _steps.Add(() =>
        {
            action();
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    private TestFlow Turn(Func<Activity> makeActivity)
    {
        _steps.Add(async () => _lastInvokeResponse = await _adapter.ProcessActivityAsync(makeActivity(), _bot));
        return this;
    }

    private Activity NextReply()
    {
        Assert.True(TryNextReply(out var reply), "Expected a reply, but the bot sent nothing more.");
        return reply!;
    }

    private bool TryNextReply(out Activity? reply)
    {
        while (_adapter.Sent.TryDequeue(out reply))
        {
            if (reply.Type == ActivityTypes.Typing)
            {
                continue;
            }

            if (reply.Attachments?.Any(a => a.ContentType == ContentTypes.AdaptiveCard) == true)
            {
                _lastCardId = reply.Id;
            }

            return true;
        }

        return false;
    }

    private static JsonElement ToElement(object value) =>
        value is JsonElement element ? element : JsonSerializer.SerializeToElement(value, PayloadOptions);

    private static string Describe(Activity activity) =>
        $"{activity.Type} text='{activity.Text}' attachments={activity.Attachments?.Count ?? 0}";

    private sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
    }
}
