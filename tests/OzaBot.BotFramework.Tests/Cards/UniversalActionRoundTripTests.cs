using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>
/// The Universal Actions pattern end to end through the real TurnContext and TestAdapter: send a card,
/// Execute → the invoke answer carries the new card and the shared message is replaced (PUT); a stale
/// submit gets the current card and changes nothing; an automatic refresh never touches the shared message.
/// </summary>
public sealed class UniversalActionRoundTripTests
{
    private readonly TestAdapter adapter = new("19:group@thread.v2", ConversationTypes.GroupChat);
    private readonly ChecklistBot bot = new();

    /// <summary>A minimal bot holding one case's checklist, written the way the conversation layer should.</summary>
    private sealed class ChecklistBot : IBot
    {
        public int Revision { get; private set; } = 12;

        public string? MessageId { get; private set; }

        public JsonObject Checklist { get; } = CardSamples.Data("step-guidance");

        public JsonObject Card()
        {
            var data = Checklist.DeepClone().AsObject();
            data["revision"] = Revision;
            return CardSamples.Library.Expand("step-guidance", data);
        }

        private CardRefresh Refresh() => new(new JsonObject { ["card"] = "step-guidance", ["caseCode"] = "OZA-7K3M-Q9", ["revision"] = Revision }, ["29:user-1", "29:user-2"]);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (!CardSubmission.TryRead(turnContext.Activity, out var submission, out var error))
            {
                if (error is not null)
                {
                    turnContext.RespondWithError(400, "BadRequest", error);
                }
                else
                {
                    MessageId = (await turnContext.SendCardAsync(Card(), Refresh(), cancellationToken: cancellationToken)).Id;
                }

                return;
            }

            var reader = new SubmitReader(submission!.Data, turnContext.Activity.Locale);
            var revision = reader.WholeNumber("revision", 0, int.MaxValue);
            if (submission.IsRefresh || revision != Revision)
            {
                // Stale or a refresh: show the current state, apply nothing, leave the shared message alone.
                turnContext.RespondWithCard(Card(), Refresh());
                return;
            }

            foreach (var item in Checklist["checklist"]!.AsArray())
            {
                var field = "check-" + item!["id"]!.GetValue<string>();
                if (submission.Data.ContainsKey(field))
                {
                    item["value"] = reader.Toggle(field) ? "true" : "false";
                }
            }

            Revision++;
            turnContext.RespondWithCard(Card(), Refresh());
            await turnContext.UpdateCardAsync(MessageId!, Card(), Refresh(), cancellationToken);
        }
    }

    private Activity Execute(int revision, string trigger = "manual")
    {
        var activity = adapter.MakeActivity(ActivityTypes.Invoke, TestAdapter.User("29:user-2", "Collega"));
        activity.Name = CardSubmission.InvokeName;
        activity.ReplyToId = bot.MessageId;
        activity.Value = JsonDocument.Parse($$"""
            { "action": { "type": "Action.Execute", "verb": "saveChecklist",
                          "data": { "caseCode": "OZA-7K3M-Q9", "revision": {{revision}}, "step": "ontwikkelen", "check-rollen": "true" } },
              "trigger": "{{trigger}}" }
            """).RootElement.Clone();
        return activity;
    }

    private static JsonObject CardOf(InvokeResponse? response)
    {
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal(ContentTypes.AdaptiveCard, response.Body!.Value.GetProperty("type").GetString());
        return JsonNode.Parse(response.Body!.Value.GetProperty("value").GetRawText())!.AsObject();
    }

    private static int RevisionIn(JsonObject card) =>
        CardRules.Descendants(card).First(o => o["verb"]?.ToString() == "saveChecklist")["data"]!["revision"]!.GetValue<int>();

    private static string? ToggleValue(JsonObject card, string id) =>
        CardRules.Descendants(card).Single(o => o["id"]?.ToString() == id)["value"]?.GetValue<string>();

    [Fact]
    public async Task Execute_answers_the_clicker_and_updates_the_shared_message()
    {
        await adapter.ProcessActivityAsync(adapter.MakeMessage("checklist"), bot);
        Assert.NotNull(bot.MessageId);

        var card = CardOf(await adapter.ProcessActivityAsync(Execute(revision: 12), bot));

        Assert.Equal(13, RevisionIn(card));
        Assert.Equal("true", ToggleValue(card, "check-rollen"));
        var update = Assert.Single(adapter.Updated);
        Assert.Equal(bot.MessageId, update.Id);
        Assert.Equal("19:group@thread.v2", update.Conversation!.Id);
        var shared = JsonNode.Parse(update.Attachments!.Single().Content!.Value.GetRawText())!.AsObject();
        Assert.Equal(13, RevisionIn(shared));
        Assert.Equal("true", ToggleValue(shared, "check-rollen"));
        Assert.Equal(13, shared["refresh"]!["action"]!["data"]!["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stale_submit_gets_the_current_card_and_changes_nothing()
    {
        await adapter.ProcessActivityAsync(adapter.MakeMessage("checklist"), bot);
        await adapter.ProcessActivityAsync(Execute(revision: 12), bot);
        adapter.Updated.Clear();
        bot.Checklist["checklist"]![2]!["value"] = "false";

        var card = CardOf(await adapter.ProcessActivityAsync(Execute(revision: 12), bot));

        Assert.Equal(13, RevisionIn(card));
        Assert.Equal(13, bot.Revision);
        Assert.Equal("false", ToggleValue(card, "check-rollen"));
        Assert.Empty(adapter.Updated);
    }

    [Fact]
    public async Task Automatic_refresh_shows_the_current_card_without_touching_the_shared_message()
    {
        await adapter.ProcessActivityAsync(adapter.MakeMessage("checklist"), bot);

        var card = CardOf(await adapter.ProcessActivityAsync(Execute(revision: 12, trigger: "automatic"), bot));

        Assert.Equal(12, RevisionIn(card));
        Assert.Empty(adapter.Updated);
    }

    [Fact]
    public async Task Malformed_invoke_gets_an_error_body_with_HTTP_200()
    {
        var activity = adapter.MakeActivity(ActivityTypes.Invoke);
        activity.Name = CardSubmission.InvokeName;
        activity.Value = JsonDocument.Parse("""{ "action": { "type": "Action.Execute", "data": {} } }""").RootElement.Clone();

        var response = await adapter.ProcessActivityAsync(activity, bot);

        Assert.Equal(200, response!.Status);
        Assert.Equal(400, response.Body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", response.Body!.Value.GetProperty("type").GetString());
        Assert.Equal(CardTexts.UnknownButton("nl-NL"), response.Body!.Value.GetProperty("value").GetProperty("message").GetString());
    }
}
