using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Storage;

namespace OzaBot.BotFramework.Tests.State;

public sealed class StateTurnMiddlewareTests
{
    private const string GroupId = "19:groep@thread.v2";
    private const string GroupKey = "msteams/conversations/" + GroupId;

    private static readonly BotFramework.Schema.ChannelAccount Anna = TestAdapter.User("29:anna", "Anna");
    private static readonly BotFramework.Schema.ChannelAccount Bram = TestAdapter.User("29:bram", "Bram");

    private readonly CountingStorage _store = new(new MemoryStorage());

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time_and_the_second_sees_the_first()
    {
        var (adapter, bot, _) = Instance();
        var firstHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.BetweenReadAndWrite = async context =>
        {
            if (context.Activity.Text == "eerste")
            {
                firstHeld.SetResult();
                await releaseFirst.Task;
            }
        };

        var first = adapter.ProcessActivityAsync(adapter.MakeMessage("eerste", Anna), bot);
        await firstHeld.Task;
        // The store completes synchronously, so without the lock the second turn would reach the bot right here.
        var second = adapter.ProcessActivityAsync(adapter.MakeMessage("tweede", Bram), bot);
        Assert.Equal(1, bot.Attempts);
        Assert.False(second.IsCompleted);

        releaseFirst.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(2, bot.Attempts);
        Assert.Equal(0, _store.Conflicts);
        Assert.Equal(["29:anna: eerste", "29:bram: tweede"], await AnswerRecordingBot.StoredAnswersAsync(_store, GroupKey));
    }

    [Fact]
    public async Task An_activity_delivered_again_is_not_run_again_and_a_repeated_invoke_gets_the_first_answer()
    {
        var (adapter, bot, _) = Instance();
        var message = adapter.MakeMessage("ja", Anna);
        await adapter.ProcessActivityAsync(message, bot);
        await adapter.ProcessActivityAsync(message, bot);
        Assert.Equal(1, bot.Attempts);
        Assert.Equal(["29:anna: ja"], await AnswerRecordingBot.StoredAnswersAsync(_store, GroupKey));

        var clicks = 0;
        var clicker = new DelegateBot(context =>
        {
            context.InvokeResponse = BotFramework.Cards.CardMessage.TextResponse("Opgeslagen (" + ++clicks + ")");
            return Task.CompletedTask;
        });
        var invoke = adapter.MakeExecute("save", System.Text.Json.JsonDocument.Parse("{}").RootElement, Anna);
        var first = await adapter.ProcessActivityAsync(invoke, clicker);
        var again = await adapter.ProcessActivityAsync(invoke, clicker);

        Assert.Equal(1, clicks);
        Assert.Equal(first!.Body!.Value.GetRawText(), again!.Body!.Value.GetRawText());
    }

    [Fact]
    public async Task The_record_forgets_after_a_day_and_keeps_only_the_latest_invoke_answers()
    {
        var record = new ProcessedActivities();
        var start = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var body = System.Text.Json.JsonDocument.Parse("{\"card\":1}").RootElement;
        for (var i = 0; i < 5; i++)
        {
            record.Add("invoke-" + i, new InvokeResponse(200, body), start.AddMinutes(i));
        }

        Assert.Equal(["invoke-2", "invoke-3", "invoke-4"], record.Entries.Where(e => e.Body is not null).Select(e => e.Id));
        Assert.Equal(StateTexts.AlreadyProcessed("nl-NL"), record.Find("invoke-0")!.Response("nl-NL").Body!.Value.GetProperty("value").GetString());

        record.Add("later", null, start + ProcessedActivities.Window + TimeSpan.FromMinutes(1));
        Assert.Equal(["invoke-2", "invoke-3", "invoke-4", "later"], record.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task Turns_of_different_conversations_do_not_wait_for_each_other()
    {
        var middleware = new StateTurnMiddleware(new ConversationState(_store));
        var held = new TestAdapter(GroupId, ConversationTypes.GroupChat);
        var other = new TestAdapter("a:personal");
        held.Use(middleware);
        other.Use(middleware);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var heldTurn = held.ProcessActivityAsync(held.MakeMessage("wacht"), new DelegateBot(_ => release.Task));
        await other.ProcessActivityAsync(other.MakeMessage("hallo"), new DelegateBot(context => context.SendActivityAsync("direct")));

        Assert.False(heldTurn.IsCompleted);
        Assert.Equal("direct", Assert.Single(other.Sent).Text);
        release.SetResult();
        await heldTurn;
        Assert.Equal(0, middleware.LockedKeys);
    }

    [Fact]
    public async Task A_conflict_with_another_instance_reruns_the_turn_on_fresh_state_and_sends_once()
    {
        var (adapterA, botA, _) = Instance();
        var (adapterB, botB, _) = Instance();
        // Bram's answer is saved by instance B while instance A is in the middle of Anna's turn.
        botA.BetweenReadAndWrite = async _ =>
        {
            if (botA.Attempts == 1)
            {
                await adapterB.ProcessActivityAsync(adapterB.MakeMessage("nee", Bram), botB);
            }
        };

        await adapterA.ProcessActivityAsync(adapterA.MakeMessage("ja", Anna), botA);

        Assert.Equal(2, botA.Attempts);
        Assert.Equal(1, _store.Conflicts);
        Assert.Equal(["29:bram: nee", "29:anna: ja"], await AnswerRecordingBot.StoredAnswersAsync(_store, GroupKey));
        Assert.Equal([AnswerRecordingBot.Confirmation("ja")], adapterA.Sent.Select(a => a.Text));
        Assert.Equal([AnswerRecordingBot.Confirmation("nee")], adapterB.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task When_every_attempt_conflicts_the_user_is_told_to_try_again_and_nothing_is_overwritten()
    {
        var (adapterA, botA, _) = Instance(maxAttempts: 3);
        var (adapterB, botB, _) = Instance();
        botA.BetweenReadAndWrite = _ => adapterB.ProcessActivityAsync(adapterB.MakeMessage("nee " + botA.Attempts, Bram), botB);

        await adapterA.ProcessActivityAsync(adapterA.MakeMessage("ja", Anna), botA);

        Assert.Equal(3, botA.Attempts);
        Assert.Equal([StateTexts.TryAgainNl], adapterA.Sent.Select(a => a.Text));
        Assert.Equal(["29:bram: nee 1", "29:bram: nee 2", "29:bram: nee 3"], await AnswerRecordingBot.StoredAnswersAsync(_store, GroupKey));
    }

    [Fact]
    public void The_try_again_text_follows_the_locale()
    {
        Assert.Equal(StateTexts.TryAgainEn, StateTexts.TryAgain("en-GB"));
        Assert.Equal(StateTexts.TryAgainNl, StateTexts.TryAgain("nl-NL"));
        Assert.Equal(StateTexts.TryAgainNl, StateTexts.TryAgain(null));
    }

    [Fact]
    public async Task A_retried_attempt_starts_without_the_first_attempts_reply_flag_or_invoke_response()
    {
        var (adapterA, botA, middleware) = Instance();
        var (adapterB, botB, _) = Instance();
        var seenAtStart = new List<(bool Responded, bool HasInvokeResponse)>();
        var attempt = 0;
        var bot = new DelegateBot(async context =>
        {
            seenAtStart.Add((context.Responded, context.InvokeResponse is not null));
            await context.SendActivityAsync("poging " + ++attempt);
            context.InvokeResponse = new InvokeResponse(200, null);
            if (attempt == 1)
            {
                await adapterB.ProcessActivityAsync(adapterB.MakeMessage("tussendoor", Bram), botB);
            }

            await botA.OnTurnAsync(context, CancellationToken.None);
        });

        var response = await adapterA.ProcessActivityAsync(adapterA.MakeMessage("ja", Anna), bot);

        Assert.Equal([(false, false), (false, false)], seenAtStart);
        Assert.Equal(["poging 2", AnswerRecordingBot.Confirmation("ja")], adapterA.Sent.Select(a => a.Text));
        Assert.NotNull(response);
        Assert.Equal(0, middleware.LockedKeys);
    }

    [Fact]
    public async Task A_failed_turn_sends_nothing_it_held_but_the_error_handler_is_heard()
    {
        var (adapter, _, middleware) = Instance();
        adapter.OnTurnError = (context, _) => context.SendActivityAsync("Er ging iets mis.");
        var bot = new DelegateBot(async context =>
        {
            await context.SendActivityAsync("half werk");
            throw new InvalidOperationException("bot fout");
        });

        await adapter.ProcessActivityAsync(adapter.MakeMessage("ja", Anna), bot);

        Assert.Equal(["Er ging iets mis."], adapter.Sent.Select(a => a.Text));
        Assert.Null(await _store.ReadAsync(GroupKey));
        Assert.Equal(0, middleware.LockedKeys);
    }

    [Fact]
    public async Task Typing_goes_out_at_once_and_messages_after_the_save_in_order()
    {
        var (adapter, _, _) = Instance();
        var sentDuringTurn = -1;
        var bot = new DelegateBot(async context =>
        {
            await context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing });
            await context.SendActivityAsync("een");
            await context.SendActivityAsync("twee");
            sentDuringTurn = adapter.Sent.Count;
        });

        await adapter.ProcessActivityAsync(adapter.MakeMessage("ja", Anna), bot);

        Assert.Equal(1, sentDuringTurn);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message, ActivityTypes.Message], adapter.Sent.Select(a => a.Type));
        Assert.Equal([null, "een", "twee"], adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task The_answer_waits_for_a_typing_indicator_on_its_way_and_no_typing_follows_it()
    {
        var (adapter, _, _) = Instance();
        var typingArrives = new TaskCompletionSource();
        var typing = new Activity { Type = ActivityTypes.Typing };
        var bot = new DelegateBot(context =>
        {
            // Runs where the connector call would: the first typing is slow to arrive, and another is due just as the answer goes out.
            context.OnSendActivities(async (turn, activities, next) =>
            {
                if (activities[0].Type == ActivityTypes.Typing && activities[0] != typing)
                {
                    await typingArrives.Task;
                }
                else if (activities[0].Type == ActivityTypes.Message)
                {
                    await turn.SendActivityAsync(typing);
                }

                return await next();
            });
            _ = context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing });
            return context.SendActivityAsync("antwoord");
        });

        var turn = adapter.ProcessActivityAsync(adapter.MakeMessage("ja", Anna), bot);
        await Task.Delay(100);
        var sentBeforeTheTypingArrived = adapter.Sent.Count;
        typingArrives.SetResult();
        await turn;

        Assert.Equal(0, sentBeforeTheTypingArrived);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], adapter.Sent.Select(a => a.Type));
    }

    [Fact]
    public async Task Locks_are_dropped_when_their_turns_end()
    {
        var locks = new KeyedAsyncLock();
        using (await locks.AcquireAsync("a", CancellationToken.None))
        {
            using var cancelled = new CancellationTokenSource();
            var waiter = locks.AcquireAsync("a", cancelled.Token);
            Assert.Equal(1, locks.ActiveKeys);
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        }

        var all = Enumerable.Range(0, 1000).Select(async i =>
        {
            using (await locks.AcquireAsync("key-" + (i % 10), CancellationToken.None))
            {
                await Task.Yield();
            }
        });
        await Task.WhenAll(all);

        Assert.Equal(0, locks.ActiveKeys);
    }

    private (TestAdapter Adapter, AnswerRecordingBot Bot, StateTurnMiddleware Middleware) Instance(int maxAttempts = StateTurnMiddleware.DefaultMaxAttempts)
    {
        var conversationState = new ConversationState(_store);
        var middleware = new StateTurnMiddleware(conversationState, maxAttempts: maxAttempts);
        var adapter = new TestAdapter(GroupId, ConversationTypes.GroupChat);
        adapter.Use(middleware);
        return (adapter, new AnswerRecordingBot(conversationState), middleware);
    }
}
