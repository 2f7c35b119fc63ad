using Microsoft.Extensions.Logging.Abstractions;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>
/// Conversation state on Azurite with two bot "instances" (each its own client, state and middleware)
/// sharing one table, as two App Service instances would.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTableStateTests(AzuriteFixture azurite) : IDisposable
{
    private const string GroupId = "19:groep@thread.v2";
    private const string GroupKey = "msteams/conversations/" + GroupId;

    private static readonly ChannelAccount Anna = TestAdapter.User("29:anna", "Anna");
    private static readonly ChannelAccount Bram = TestAdapter.User("29:bram", "Bram");

    private readonly string _table = AzuriteFixture.NewTableName();
    private readonly List<AzureTableStorage> _stores = [];

    [Fact]
    public async Task Two_users_answering_at_the_same_moment_on_two_instances_both_keep_their_answer()
    {
        var first = Instance();
        var second = Instance();
        var bothRead = BothArrive(first.Bot, second.Bot);

        await Task.WhenAll(
            Task.Run(() => first.Adapter.ProcessActivityAsync(first.Adapter.MakeMessage("ja", Anna), first.Bot)),
            Task.Run(() => second.Adapter.ProcessActivityAsync(second.Adapter.MakeMessage("nee", Bram), second.Bot)));

        Assert.True(bothRead.IsCompleted);
        Assert.Equal(3, first.Bot.Attempts + second.Bot.Attempts); // exactly one turn lost the race and ran again
        var answers = await AnswerRecordingBot.StoredAnswersAsync(first.Storage, GroupKey);
        Assert.Equal(["29:anna: ja", "29:bram: nee"], answers.Order(StringComparer.Ordinal));
        Assert.Equal([AnswerRecordingBot.Confirmation("ja")], first.Adapter.Sent.Select(a => a.Text));
        Assert.Equal([AnswerRecordingBot.Confirmation("nee")], second.Adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task State_survives_a_restart_of_the_bot()
    {
        var before = Instance();
        await before.Adapter.ProcessActivityAsync(before.Adapter.MakeMessage("ja", Anna), before.Bot);
        before.Storage.Dispose();

        var after = Instance();
        await after.Adapter.ProcessActivityAsync(after.Adapter.MakeMessage("nee", Bram), after.Bot);

        Assert.Equal(1, after.Bot.Attempts);
        Assert.Equal(["29:anna: ja", "29:bram: nee"], await AnswerRecordingBot.StoredAnswersAsync(after.Storage, GroupKey));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }
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

    private (AzureTableStorage Storage, TestAdapter Adapter, AnswerRecordingBot Bot) Instance()
    {
        var storage = AzureTableStorageFactory.Create(
            new AzureTableStorageOptions { ConnectionString = azurite.ConnectionString, TableName = _table },
            TimeProvider.System,
            NullLogger.Instance);
        _stores.Add(storage);
        var conversationState = new ConversationState(storage);
        var adapter = new TestAdapter(GroupId, ConversationTypes.GroupChat);
        adapter.Use(new StateTurnMiddleware(conversationState));
        return (storage, adapter, new AnswerRecordingBot(conversationState));
    }
}
