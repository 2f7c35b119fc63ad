using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Storage;

namespace OzaBot.BotFramework.Tests.State;

public sealed class BotStateTests
{
    private const string ConversationKey = "msteams/conversations/a:test-conversation";

    private readonly MemoryStorage _store = new();
    private readonly CountingStorage _counting;
    private readonly ConversationState _conversationState;
    private readonly TestAdapter _adapter = new();

    public BotStateTests()
    {
        _counting = new CountingStorage(_store);
        _conversationState = new ConversationState(_counting);
        _adapter.Use(new StateTurnMiddleware(_conversationState));
    }

    [Fact]
    public async Task Typed_values_round_trip_between_turns()
    {
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);
        await TurnAsync(async context => await sheet.SetAsync(context, new AnswerSheet { Answers = ["één", "twee"] }));

        AnswerSheet? seen = null;
        await TurnAsync(async context => seen = await sheet.GetAsync(context, () => new AnswerSheet()));

        Assert.Equal(["één", "twee"], seen!.Answers);
        Assert.Equal("{\"sheet\":{\"Answers\":[\"\\u00E9\\u00E9n\",\"twee\"]}}", await StoredJsonAsync());
    }

    [Fact]
    public async Task Serializer_options_can_stand_in_for_type_info()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = StateTestJsonContext.Default };
        var sheet = _conversationState.CreateProperty<AnswerSheet>("sheet", options);
        var count = _conversationState.CreateProperty<int>("count", new JsonSerializerOptions());

        await TurnAsync(async context =>
        {
            await sheet.SetAsync(context, new AnswerSheet { Answers = ["a"] });
            await count.SetAsync(context, 7);
        });

        Assert.Equal("{\"count\":7,\"sheet\":{\"answers\":[\"a\"]}}", await StoredJsonAsync());
    }

    [Fact]
    public async Task A_turn_reads_once_and_writes_once_however_many_properties_it_touches()
    {
        var first = _conversationState.CreateProperty<int>("first", new JsonSerializerOptions());
        var second = _conversationState.CreateProperty<int>("second", new JsonSerializerOptions());
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);

        await TurnAsync(async context =>
        {
            await first.SetAsync(context, 1 + await first.GetAsync(context, () => 0));
            await second.SetAsync(context, 2);
            (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("x");
            await first.GetAsync(context, () => 0);
        });

        Assert.Equal(1, _counting.Reads);
        Assert.Equal(1, _counting.Writes);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_does_not_write()
    {
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);
        await TurnAsync(async context => (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("x"));
        _counting.Reset();

        await TurnAsync(async context => await sheet.GetAsync(context, () => new AnswerSheet()));

        Assert.Equal(1, _counting.Reads);
        Assert.Equal(0, _counting.Writes);
    }

    [Fact]
    public async Task A_save_in_the_turn_is_what_the_turns_end_compares_with()
    {
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);
        var saw = new List<bool>();

        await TurnAsync(async context =>
        {
            (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("x");
            saw.Add(_conversationState.HasChanges(context));
            await _conversationState.SaveChangesAsync(context);
            saw.Add(_conversationState.HasChanges(context));
            (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("y");
            saw.Add(_conversationState.HasChanges(context));
        });

        Assert.Equal([true, false, true], saw);
        Assert.Equal(2, _counting.Writes);
        Assert.Equal("{\"sheet\":{\"Answers\":[\"x\",\"y\"]}}", await StoredJsonAsync());
    }

    [Fact]
    public async Task Changing_the_object_from_get_is_saved()
    {
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);

        await TurnAsync(async context => (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("eerste"));
        await TurnAsync(async context => (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("tweede"));

        Assert.Contains("[\"eerste\",\"tweede\"]", await StoredJsonAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_another_writer_escaped_differently_is_not_written_again_when_nothing_changed()
    {
        await _store.WriteAsync(ConversationKey, "{\"future\":{\"s\":\"één <b>\"},\"sheet\":{\"Answers\":[\"x\"]}}", eTag: null);
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);

        await TurnAsync(async context => await sheet.GetAsync(context, () => new AnswerSheet()));

        Assert.Equal(1, _counting.Reads);
        Assert.Equal(0, _counting.Writes);
    }

    [Fact]
    public async Task Properties_this_version_does_not_know_are_kept_as_they_were()
    {
        await _store.WriteAsync(ConversationKey, "{\"future\":{\"n\":1.50,\"s\":\"a\\/b\"},\"sheet\":{\"Answers\":[]}}", eTag: null);
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);

        await TurnAsync(async context => (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("x"));

        Assert.StartsWith("{\"future\":{\"n\":1.50,", await StoredJsonAsync(), StringComparison.Ordinal);
        Assert.Contains("\"Answers\":[\"x\"]", await StoredJsonAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_stored_in_an_older_shape_throws_on_get_and_set_replaces_it_unread()
    {
        await _store.WriteAsync(ConversationKey, "{\"other\":1,\"sheet\":42}", eTag: null);
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);

        await TurnAsync(async context =>
        {
            await Assert.ThrowsAsync<JsonException>(() => sheet.GetAsync(context, () => new AnswerSheet()));
            await sheet.SetAsync(context, new AnswerSheet { Answers = ["nieuw"] });
            Assert.Equal(["nieuw"], (await sheet.GetAsync(context, () => new AnswerSheet())).Answers);
        });

        Assert.Equal("{\"other\":1,\"sheet\":{\"Answers\":[\"nieuw\"]}}", await StoredJsonAsync());
    }

    [Theory]
    [InlineData("{\"sheet\":null}")]
    [InlineData("[1,2]")]
    [InlineData("niet eens json")]
    public async Task A_null_value_or_a_damaged_document_starts_over_and_is_replaced(string stored)
    {
        await _store.WriteAsync(ConversationKey, stored, eTag: null);
        var sheet = _conversationState.CreateProperty("sheet", StateTestJsonContext.Default.AnswerSheet);

        await TurnAsync(async context => (await sheet.GetAsync(context, () => new AnswerSheet())).Answers.Add("x"));

        Assert.Equal("{\"sheet\":{\"Answers\":[\"x\"]}}", await StoredJsonAsync());
    }

    [Fact]
    public async Task Deleting_a_property_removes_it_from_the_document()
    {
        var first = _conversationState.CreateProperty<int>("first", new JsonSerializerOptions());
        var second = _conversationState.CreateProperty<int>("second", new JsonSerializerOptions());
        await TurnAsync(async context =>
        {
            await first.SetAsync(context, 1);
            await second.SetAsync(context, 2);
        });

        await TurnAsync(context => first.DeleteAsync(context));

        Assert.Equal("{\"second\":2}", await StoredJsonAsync());
    }

    [Fact]
    public async Task Clear_writes_an_empty_document_and_delete_removes_it()
    {
        var count = _conversationState.CreateProperty<int>("count", new JsonSerializerOptions());
        await TurnAsync(context => count.SetAsync(context, 3));

        await TurnAsync(context => _conversationState.ClearStateAsync(context));
        Assert.Equal("{}", await StoredJsonAsync());

        await TurnAsync(context => _conversationState.DeleteAsync(context));
        Assert.Null(await _store.ReadAsync(ConversationKey));
    }

    [Fact]
    public async Task Keys_hold_only_channel_and_conversation_ids()
    {
        var adapter = new TestAdapter("19:groep/met%teken@thread.v2", ConversationTypes.GroupChat);
        var context = new TurnContext(adapter, adapter.MakeMessage("hallo", TestAdapter.User("29:user/7")));

        Assert.Equal("msteams/conversations/19:groep%2Fmet%25teken@thread.v2", _conversationState.GetStorageKey(context));
    }

    [Fact]
    public void A_key_needs_a_conversation_id()
    {
        var activity = _adapter.MakeMessage("hallo");
        activity.Conversation!.Id = null;

        Assert.Throws<InvalidOperationException>(() => _conversationState.GetStorageKey(new TurnContext(_adapter, activity)));
    }

    [Fact]
    public async Task A_save_based_on_a_stale_read_conflicts_and_writes_nothing()
    {
        var count = _conversationState.CreateProperty<int>("count", new JsonSerializerOptions());
        var first = new TurnContext(_adapter, _adapter.MakeMessage("a"));
        var second = new TurnContext(_adapter, _adapter.MakeMessage("b"));
        await _conversationState.LoadAsync(first);
        await _conversationState.LoadAsync(second);

        await count.SetAsync(first, 1);
        await count.SetAsync(second, 2);
        await _conversationState.SaveChangesAsync(first);

        // Both read "no document": the second save is create-only and must not overwrite the first.
        await Assert.ThrowsAsync<StorageConflictException>(() => _conversationState.SaveChangesAsync(second));
        Assert.Equal("{\"count\":1}", await StoredJsonAsync());

        var third = new TurnContext(_adapter, _adapter.MakeMessage("c"));
        await count.SetAsync(third, 3);
        await count.SetAsync(first, 4);
        await _conversationState.SaveChangesAsync(third);
        await Assert.ThrowsAsync<StorageConflictException>(() => _conversationState.SaveChangesAsync(first));
        Assert.Equal("{\"count\":3}", await StoredJsonAsync());
    }

    private async Task TurnAsync(Func<ITurnContext, Task> onTurn) =>
        await _adapter.ProcessActivityAsync(_adapter.MakeMessage("beurt"), new DelegateBot(onTurn));

    /// <summary>The stored conversation document without the middleware's processed-activity record, which every changing turn adds.</summary>
    private async Task<string> StoredJsonAsync()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse((await _store.ReadAsync(ConversationKey))!.Json)!.AsObject();
        document.Remove("processedActivities");
        return document.ToJsonString();
    }
}
