using Xunit;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;

namespace OzaBot.Testing.Storage;

/// <summary>
/// Conversation state on a real store shared by two bot "instances" (each its own store client, state
/// and middleware), as two host processes or App Service instances would share it. Every store that
/// carries conversation state inherits this (SQLite file, Azure Tables on Azurite).
/// </summary>
public abstract class SharedConversationStateTests : IDisposable
{
    protected const string GroupId = "19:groep@thread.v2";
    protected const string GroupKey = "msteams/conversations/" + GroupId;

    protected static readonly ChannelAccount Anna = TestAdapter.User("29:anna", "Anna");
    protected static readonly ChannelAccount Bram = TestAdapter.User("29:bram", "Bram");

    private readonly List<IStorage> _stores = [];

    /// <summary>A new client on the shared data (another instance, or the same one after a restart).</summary>
    protected abstract IStorage CreateStore();

    protected virtual void CloseStore(IStorage store) => (store as IDisposable)?.Dispose();

    [Fact]
    public async Task Two_users_answering_at_the_same_moment_on_two_instances_both_keep_their_answer()
    {
        var first = Instance();
        var second = Instance();
        var bothRead = BothArrive(first.Bot, second.Bot);

        var annaTurn = Task.Run(() => first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage("ja", Anna), first.Bot));
        var bramTurn = Task.Run(() => second.Adapter.ProcessActivityAsync(second.Adapter.MakeMessage("nee", Bram), second.Bot));
        await Task.WhenAll(annaTurn, bramTurn);

        Assert.True(bothRead.IsCompleted);
        Assert.Equal(3, first.Bot.Attempts + second.Bot.Attempts);
        var answers = await AnswerRecordingBot.StoredAnswersAsync(first.Storage, GroupKey);
        Assert.Equal(["29:anna: ja", "29:bram: nee"], answers.Order(StringComparer.Ordinal));
        Assert.Equal([AnswerRecordingBot.Confirmation("ja")], first.Adapter.Sent.Select(a => a.Text));
        Assert.Equal([AnswerRecordingBot.Confirmation("nee")], second.Adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task The_same_activity_delivered_to_two_instances_at_once_is_processed_once()
    {
        var first = Instance();
        var second = Instance();
        var bothRead = BothArrive(first.Bot, second.Bot);
        var activity = first.Adapter.MakeMessage("ja", Anna);

        await Task.WhenAll(
            Task.Run(() => first.Adapter.ProcessActivityAsync(Copy(activity), first.Bot)),
            Task.Run(() => second.Adapter.ProcessActivityAsync(Copy(activity), second.Bot)));

        // Both ran the activity once, one save won; the loser's re-run found it processed and did nothing.
        Assert.True(bothRead.IsCompleted);
        Assert.Equal(2, first.Bot.Attempts + second.Bot.Attempts);
        Assert.Equal(["29:anna: ja"], await AnswerRecordingBot.StoredAnswersAsync(first.Storage, GroupKey));
        Assert.Single(first.Adapter.Sent.Concat(second.Adapter.Sent), a => a.Text == AnswerRecordingBot.Confirmation("ja"));

        // Delivered once more, later: recognised on either instance.
        await second.Adapter.ProcessActivityAsync(Copy(activity), second.Bot);
        Assert.Equal(2, first.Bot.Attempts + second.Bot.Attempts);
    }

    /// <summary>The activity as another delivery carries it (each instance parses its own copy).</summary>
    private static Activity Copy(Activity activity) =>
        System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.Activity)!;

    [Fact]
    public async Task Without_retries_the_loser_is_told_to_try_again_and_the_winner_is_kept()
    {
        var first = Instance(maxAttempts: 1);
        var second = Instance(maxAttempts: 1);
        var bothRead = BothArrive(first.Bot, second.Bot);

        await Task.WhenAll(
            Task.Run(() => first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage("ja", Anna), first.Bot)),
            Task.Run(() => second.Adapter.ProcessActivityAsync(second.Adapter.MakeMessage("nee", Bram), second.Bot)));

        Assert.True(bothRead.IsCompleted);
        var answers = await AnswerRecordingBot.StoredAnswersAsync(first.Storage, GroupKey);
        var annaKept = answers.Contains("29:anna: ja");
        Assert.Single(answers);
        Assert.Equal(
            annaKept ? [AnswerRecordingBot.Confirmation("ja")] : [StateTexts.TryAgainNl],
            first.Adapter.Sent.Select(a => a.Text));
        Assert.Equal(
            annaKept ? [StateTexts.TryAgainNl] : [AnswerRecordingBot.Confirmation("nee")],
            second.Adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task Many_simultaneous_answers_on_two_instances_are_each_kept_or_told_to_retry()
    {
        var instances = new[] { Instance(), Instance() };
        const int Users = 12;

        var turns = Enumerable.Range(0, Users).Select(i =>
        {
            var instance = instances[i % 2];
            var user = TestAdapter.User("29:user-" + i);
            return Task.Run(() => instance.Adapter.ProcessActivityAsync(instance.Adapter.MakeMessage("antwoord " + i, user), instance.Bot));
        });
        await Task.WhenAll(turns);

        var answers = await AnswerRecordingBot.StoredAnswersAsync(instances[0].Storage, GroupKey);
        var sent = instances.SelectMany(instance => instance.Adapter.Sent).Select(a => a.Text).ToList();
        Assert.Equal(answers.Count, answers.Distinct().Count());
        for (var i = 0; i < Users; i++)
        {
            var kept = answers.Contains("29:user-" + i + ": antwoord " + i);
            Assert.Equal(kept ? 1 : 0, sent.Count(text => text == AnswerRecordingBot.Confirmation("antwoord " + i)));
        }

        Assert.Equal(Users, answers.Count + sent.Count(text => text == StateTexts.TryAgainNl));
    }

    [Fact]
    public async Task State_survives_closing_and_reopening_the_store()
    {
        var before = Instance();
        await before.Adapter.ProcessActivityAsync(before.Adapter.MakeMessage("ja", Anna), before.Bot);
        CloseStore(before.Storage);

        var after = Instance();
        await after.Adapter.ProcessActivityAsync(after.Adapter.MakeMessage("nee", Bram), after.Bot);

        Assert.Equal(1, after.Bot.Attempts);
        Assert.Equal(["29:anna: ja", "29:bram: nee"], await AnswerRecordingBot.StoredAnswersAsync(after.Storage, GroupKey));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            CloseStore(store);
        }

        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected IStorage OpenStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    protected (IStorage Storage, TestAdapter Adapter, AnswerRecordingBot Bot) Instance(int maxAttempts = StateTurnMiddleware.DefaultMaxAttempts)
    {
        var storage = OpenStore();
        var conversationState = new ConversationState(storage);
        var adapter = new TestAdapter(GroupId, ConversationTypes.GroupChat);
        adapter.Use(new StateTurnMiddleware(conversationState, maxAttempts: maxAttempts));
        return (storage, adapter, new AnswerRecordingBot(conversationState));
    }

    /// <summary>Holds each bot's first attempt until both have read the state, so neither has saved yet.</summary>
    private static Task BothArrive(AnswerRecordingBot first, AnswerRecordingBot second)
    {
        var arrived = 0;
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task Arrive(AnswerRecordingBot bot)
        {
            if (bot.Attempts > 1)
            {
                return Task.CompletedTask;
            }

            if (Interlocked.Increment(ref arrived) == 2)
            {
                both.SetResult();
            }

            return both.Task;
        }

        first.BetweenReadAndWrite = _ => Arrive(first);
        second.BetweenReadAndWrite = _ => Arrive(second);
        return both.Task;
    }
}
