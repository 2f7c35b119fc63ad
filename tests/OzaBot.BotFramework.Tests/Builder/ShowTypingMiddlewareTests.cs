using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;

namespace OzaBot.BotFramework.Tests.Builder;

/// <summary>"Typing…" for slow message turns only, from one timer shared by the turns in flight.</summary>
public sealed class ShowTypingMiddlewareTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly TestAdapter _adapter = new();

    public ShowTypingMiddlewareTests() => _adapter.Use(new ShowTypingMiddleware(_clock));

    [Fact]
    public async Task A_quick_turn_shows_no_typing()
    {
        await _adapter.ProcessActivityAsync(_adapter.MakeMessage("hallo"), new SlowBot(Task.CompletedTask));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([ActivityTypes.Message], _adapter.History.Select(a => a.Type));
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_after_the_delay_and_again_each_period_but_not_after_its_answer()
    {
        var answer = new TaskCompletionSource();
        var turn = _adapter.ProcessActivityAsync(_adapter.MakeMessage("hallo"), new SlowBot(answer.Task));

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Empty(_adapter.History);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal([ActivityTypes.Typing], _adapter.History.Select(a => a.Type));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(_adapter.History);
        _clock.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing], _adapter.History.Select(a => a.Type));

        answer.SetResult();
        await turn;
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], _adapter.History.Select(a => a.Type));
    }

    [Fact]
    public async Task Turns_in_flight_together_each_get_their_own_typing()
    {
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var turns = new[]
        {
            _adapter.ProcessActivityAsync(_adapter.MakeMessage("een"), new SlowBot(first.Task)),
            _adapter.ProcessActivityAsync(_adapter.MakeMessage("twee"), new SlowBot(second.Task)),
        };

        first.SetResult();
        await turns[0];
        _clock.Advance(TimeSpan.FromMilliseconds(700));
        second.SetResult();
        await turns[1];

        Assert.Equal([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Message], _adapter.History.Select(a => a.Type));
    }

    [Fact]
    public async Task Other_activities_never_show_typing()
    {
        var answer = new TaskCompletionSource();
        var turn = _adapter.ProcessActivityAsync(_adapter.MakeActivity(ActivityTypes.ConversationUpdate), new SlowBot(answer.Task));
        _clock.Advance(TimeSpan.FromSeconds(5));
        answer.SetResult();
        await turn;

        Assert.Equal([ActivityTypes.Message], _adapter.History.Select(a => a.Type));
    }

    /// <summary>Answers once <paramref name="ready"/> completes.</summary>
    private sealed class SlowBot(Task ready) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await ready;
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "klaar" }, cancellationToken);
        }
    }
}
