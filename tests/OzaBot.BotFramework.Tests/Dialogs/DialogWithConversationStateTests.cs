using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Dialogs;

/// <summary>The dialog engine on the real conversation state, its turn middleware and a real store.</summary>
public sealed class DialogWithConversationStateTests
{
    private const string DocumentKey = "msteams/conversations/a:test-conversation";

    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task A_dialog_continues_on_a_new_host_instance_that_shares_only_the_store()
    {
        await NewHost().Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours)
            .StartTestAsync();

        await NewHost()
            .Send("help").AssertReplyContains("Hier leg je").AssertReply(SampleDialogs.AskHours)
            .Send("12,5").AssertReply(SampleDialogs.Confirm("OZA-7K2P", 12.5m))
            .Send("ja").AssertReply(SampleDialogs.Saved)
            .StartTestAsync();

        var stored = await _storage.ReadAsync(DocumentKey);
        Assert.Contains("\"DialogState\":{\"dialogStack\":[]}", stored!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_stack_that_no_longer_reads_restarts_cleanly()
    {
        await _storage.WriteAsync(DocumentKey, """{"DialogState":{"dialogStack":"oops"},"other":1}""", "*");

        await NewHost()
            .Send("hallo").AssertReply(DialogTexts.Dutch.DialogChanged).AssertReply(SampleDialogs.AskCaseCode)
            .StartTestAsync();

        var stored = await _storage.ReadAsync(DocumentKey);
        Assert.Contains("\"other\":1", stored!.Json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"main\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_answers_to_one_question_at_the_same_moment_the_second_is_told_and_not_applied_to_the_next()
    {
        var (anna, annaBot) = Instance("19:groep@thread.v2");
        var (bram, bramBot) = Instance("19:groep@thread.v2");
        await anna.ProcessActivityAsync(anna.MakeMessage("hallo"), annaBot);
        Assert.Equal(SampleDialogs.AskCaseCode, anna.Sent.Last().Text);

        // Anna's answer is in the middle of its turn when Bram's answer to the same question is saved.
        var first = true;
        var racing = new State.DelegateBot(async context =>
        {
            if (first)
            {
                first = false;
                await bram.ProcessActivityAsync(bram.MakeMessage("OZA-7K2P", TestAdapter.User("29:bram")), bramBot);
            }

            await annaBot.OnTurnAsync(context, CancellationToken.None);
        });
        await anna.ProcessActivityAsync(anna.MakeMessage("12", TestAdapter.User("29:anna")), racing);

        Assert.Equal(SampleDialogs.AskHours, bram.Sent.Last().Text);
        Assert.Equal(DialogTexts.Dutch.AlreadyAnswered, anna.Sent.Last().Text);
        Assert.DoesNotContain(anna.Sent, a => a.Text == SampleDialogs.Confirm("OZA-7K2P", 12m));

        // The question that is open now still takes an answer.
        await anna.ProcessActivityAsync(anna.MakeMessage("12", TestAdapter.User("29:anna")), annaBot);
        Assert.Equal(SampleDialogs.Confirm("OZA-7K2P", 12m), anna.Sent.Last().Text);
    }

    private (TestAdapter Adapter, SampleBot Bot) Instance(string conversationId)
    {
        var conversationState = new ConversationState(_storage);
        var adapter = new TestAdapter(conversationId, BotFramework.Schema.ConversationTypes.GroupChat);
        adapter.Use(new StateTurnMiddleware(conversationState));
        return (adapter, new SampleBot(SampleDialogs.Root(), conversationState.CreateProperty("DialogState", DialogJsonContext.Default.DialogState)));
    }

    /// <summary>A fresh "process": new state objects, middleware, dialogs and bot over the same store.</summary>
    private TestFlow NewHost()
    {
        var conversationState = new ConversationState(_storage);
        var adapter = new TestAdapter();
        adapter.Use(new StateTurnMiddleware(conversationState));
        var bot = new SampleBot(SampleDialogs.Root(), conversationState.CreateProperty("DialogState", DialogJsonContext.Default.DialogState));
        return new TestFlow(adapter, bot);
    }
}
