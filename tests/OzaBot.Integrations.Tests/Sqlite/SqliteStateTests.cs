using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>Conversation state on a real SQLite file shared by two "instances", plus the one-read-one-write rule.</summary>
public sealed class SqliteStateTests : SharedConversationStateTests
{
    private readonly TempSqliteFile _file = new();

    protected override IStorage CreateStore() => _file.Open();

    [Fact]
    public async Task A_turn_reads_the_file_once_and_writes_it_once()
    {
        var storage = OpenStore();
        var counting = new CountingStorage(storage);
        var conversationState = new ConversationState(counting);
        var adapter = new TestAdapter(GroupId, ConversationTypes.GroupChat);
        adapter.Use(new StateTurnMiddleware(conversationState));
        var bot = new AnswerRecordingBot(conversationState);

        await adapter.ProcessActivityAsync(adapter.MakeMessage("ja", Anna), bot);
        await adapter.ProcessActivityAsync(adapter.MakeMessage("nee", Bram), bot);

        Assert.Equal(2, counting.Reads);
        Assert.Equal(2, counting.Writes);
    }

    protected override void Dispose(bool disposing)
    {
        _file.Dispose();
        base.Dispose(disposing);
    }
}
