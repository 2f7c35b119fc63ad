using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Tests.Cards;

public sealed class CardMessageTests
{
    private static JsonObject Card(string name = "step-guidance") => CardSamples.Library.Expand(name, CardSamples.Data(name));

    private static JsonObject Content(Activity activity) =>
        JsonNode.Parse(activity.Attachments!.Single().Content!.Value.GetRawText())!.AsObject();

    [Fact]
    public void Message_carries_only_the_card_as_an_adaptive_card_attachment()
    {
        var activity = CardMessage.Create(Card());

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", Content(activity)["type"]!.GetValue<string>());
        Assert.Equal("1.5", Content(activity)["version"]!.GetValue<string>());
    }

    [Fact]
    public void Every_Execute_gets_a_Submit_fallback_with_the_verb_in_its_data()
    {
        var card = CardMessage.Prepare(Card());

        var execute = CardRules.Descendants(card).Single(o => o["type"]?.ToString() == "Action.Execute");
        var fallback = execute["fallback"]!.AsObject();
        Assert.Equal("Action.Submit", fallback["type"]!.GetValue<string>());
        Assert.Equal("saveChecklist", fallback["data"]!["verb"]!.GetValue<string>());
        Assert.Equal("OZA-7K3M-Q9", fallback["data"]!["caseCode"]!.GetValue<string>());
        Assert.Equal(12, fallback["data"]!["revision"]!.GetValue<int>());
        Assert.Equal(execute["title"]!.GetValue<string>(), fallback["title"]!.GetValue<string>());
    }

    [Fact]
    public void An_Execute_that_has_its_own_fallback_keeps_it()
    {
        var card = Card();
        var execute = CardRules.Descendants(card).Single(o => o["type"]?.ToString() == "Action.Execute");
        execute["fallback"] = "drop";

        var prepared = CardMessage.Prepare(card);

        Assert.Equal("drop", CardRules.Descendants(prepared).Single(o => o["type"]?.ToString() == "Action.Execute")["fallback"]!.GetValue<string>());
    }

    [Fact]
    public void The_sent_card_is_the_prepared_card()
    {
        var refresh = new CardRefresh(new JsonObject { ["card"] = "plan", ["caseCode"] = "OZA-7K3M-Q9" }, ["29:a"]);

        var sent = Content(CardMessage.Create(Card("plan"), refresh));

        Assert.True(JsonNode.DeepEquals(CardMessage.Prepare(Card("plan"), refresh), sent));
    }

    [Fact]
    public void Prepare_does_not_change_the_input_card()
    {
        var card = Card();
        var before = card.ToJsonString();

        CardMessage.Prepare(card, new CardRefresh(new JsonObject { ["caseCode"] = "OZA-7K3M-Q9" }, ["29:a"]));

        Assert.Equal(before, card.ToJsonString());
    }

    [Fact]
    public void Refresh_uses_refreshCard_and_caps_user_ids_at_60()
    {
        var ids = Enumerable.Range(0, 75).Select(i => $"29:user-{i}").Append("29:user-0").ToList();
        var data = new JsonObject { ["card"] = "plan", ["caseCode"] = "OZA-7K3M-Q9", ["revision"] = 12 };

        var card = CardMessage.Prepare(Card("plan"), new CardRefresh(data, ids));

        var refresh = card["refresh"]!.AsObject();
        Assert.Equal("Action.Execute", refresh["action"]!["type"]!.GetValue<string>());
        Assert.Equal("refreshCard", refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("OZA-7K3M-Q9", refresh["action"]!["data"]!["caseCode"]!.GetValue<string>());
        var userIds = refresh["userIds"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(60, userIds.Count);
        Assert.Equal(userIds.Count, userIds.Distinct().Count());
        Assert.Equal("29:user-0", userIds[0]);
    }

    [Fact]
    public void No_refresh_block_without_refresh()
    {
        Assert.False(CardMessage.Prepare(Card()).ContainsKey("refresh"));
    }

    [Fact]
    public void Too_large_message_is_refused_before_it_reaches_Teams()
    {
        var card = Card();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('é', 41 * 1024) });

        var error = Assert.Throws<CardTooLargeException>(() => CardMessage.Create(card));

        Assert.True(error.Bytes > CardRules.MaxMessageBytes);
    }

    [Fact]
    public void Card_breaking_the_rules_is_refused()
    {
        var card = Card();
        card["version"] = "1.6";

        var error = Assert.Throws<ArgumentException>(() => CardMessage.Prepare(card));

        Assert.Contains("1.6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_invoke_response_is_the_flat_body_Teams_expects()
    {
        var response = CardMessage.CardResponse(Card("plan"));

        Assert.Equal(200, response.Status);
        var body = response.Body!.Value;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.False(body.TryGetProperty("body", out _));
    }

    [Fact]
    public void Text_and_error_invoke_responses()
    {
        var text = CardMessage.TextResponse("Opgeslagen.").Body!.Value;
        var error = CardMessage.ErrorResponse(400, "BadRequest", "Ongeldige invoer.");

        Assert.Equal("application/vnd.microsoft.activity.message", text.GetProperty("type").GetString());
        Assert.Equal("Opgeslagen.", text.GetProperty("value").GetString());
        Assert.Equal(200, error.Status);
        Assert.Equal(400, error.Body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", error.Body!.Value.GetProperty("type").GetString());
        Assert.Equal("BadRequest", error.Body!.Value.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public void Serialized_message_has_no_id_timestamp_or_serviceUrl()
    {
        var json = JsonSerializer.Serialize(CardMessage.Create(Card()), BotJsonContext.Default.Activity);

        Assert.DoesNotContain("\"id\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("timestamp", json, StringComparison.Ordinal);
        Assert.DoesNotContain("serviceUrl", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_at_its_realistic_maximum_fits_in_one_message()
    {
        // 15 partners, 40 actions, 10 meetings, 8 evaluations, 60 refresh ids: well above a real case.
        var data = CardSamples.Data("plan");
        data["partners"] = new JsonArray([.. Enumerable.Range(1, 15).Select(i => (JsonNode?)new JsonObject { ["role"] = $"Jeugdhulpaanbieder {i}", ["organisation"] = $"Zorgaanbieder met een lange naam {i}" })]);
        data["actions"] = new JsonArray([.. Enumerable.Range(1, 40).Select(i => (JsonNode?)new JsonObject
        {
            ["what"] = $"Actie {i}: beschikking ambulante jeugdhulp aanvragen en terugkoppelen in het OZO",
            ["owner"] = "Intern begeleider",
            ["due"] = "di 1 dec",
            ["status"] = "Open",
        })]);
        data["meetings"] = new JsonArray([.. Enumerable.Range(1, 10).Select(i => (JsonNode?)new JsonObject { ["kind"] = "OZO", ["when"] = $"di {i} dec 2026, 14:00–15:00" })]);
        data["evaluations"] = new JsonArray([.. Enumerable.Range(1, 8).Select(i => (JsonNode?)new JsonObject { ["when"] = $"di {i} feb 2027", ["what"] = "tussenevaluatie" })]);
        var refresh = new CardRefresh(new JsonObject { ["card"] = "plan", ["caseCode"] = "OZA-7K3M-Q9", ["revision"] = 12 }, [.. Enumerable.Range(1, 60).Select(i => $"29:1a2b3c4d5e6f7a8b9c0d-member-{i:D2}")]);

        var activity = CardMessage.Create(CardSamples.Library.Expand("plan", data), refresh);

        var bytes = CardRules.MeasureUtf16Bytes(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity));
        Assert.InRange(bytes, 20 * 1024, CardRules.MaxMessageBytes);
    }
}
