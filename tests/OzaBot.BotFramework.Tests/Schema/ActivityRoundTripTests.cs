using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Tooling;

namespace OzaBot.BotFramework.Tests.Schema;

/// <summary>Real payloads captured from the Agents Playground, and Teams shapes from the protocol doc, survive a round trip.</summary>
public sealed class ActivityRoundTripTests
{
    public static TheoryData<string> ObservedPayloads()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "..", "shared", "tools", "teams-playground", "observed"), "*.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ObservedPayloads))]
    public void Observed_playground_payloads_round_trip_without_loss(string file)
    {
        var path = Path.Combine(RepoPaths.Root, "..", "shared", "tools", "teams-playground", "observed", file);
        var original = JsonNode.Parse(File.ReadAllText(path))!["activity"]!;

        var activity = original.Deserialize(BotJsonContext.Default.Activity)!;
        var again = JsonSerializer.SerializeToNode(activity, BotJsonContext.Default.Activity);

        Assert.NotNull(activity.Type);
        Assert.True(JsonNode.DeepEquals(WithoutNulls(original), WithoutNulls(again)), $"{file} changed in the round trip:\n{again}");
    }

    [Fact]
    public void A_Teams_channel_message_keeps_its_channel_data_and_unknown_fields()
    {
        const string json = """
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:abc","aadObjectId":"u1","name":"X"},"recipient":{"id":"28:app","name":"OzaBot"},
             "conversation":{"id":"19:xyz@thread.tacv2;messageid=42","conversationType":"channel","isGroup":true,"tenantId":"t1"},
             "channelData":{"tenant":{"id":"t1"},"team":{"id":"19:team@thread.tacv2","aadGroupId":"g"},"channel":{"id":"19:xyz@thread.tacv2"}},
             "entities":[{"type":"clientInfo","locale":"nl-NL","timezone":"Europe/Amsterdam"},{"type":"mention","text":"<at>OzaBot</at>","mentioned":{"id":"28:app","name":"OzaBot"}}],
             "text":"<at>OzaBot</at> wat nu?","attachments":[{"contentType":"text/html","content":"<p>wat nu?</p>"}],"futureField":{"a":[1,2]}}
            """;

        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;
        var again = JsonSerializer.SerializeToNode(activity, BotJsonContext.Default.Activity);

        Assert.Equal("t1", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("wat nu?", MentionText.WithoutBotMention(activity));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), again));
    }

    [Fact]
    public void An_Action_Submit_arrives_as_a_message_with_value_and_no_text()
    {
        const string json = """{"type":"message","id":"2","channelId":"msteams","value":{"verb":"save","caseCode":"OZA-7K3M-Q9"},"conversation":{"id":"a:1"}}""";

        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        Assert.Null(activity.Text);
        Assert.Equal("OZA-7K3M-Q9", activity.Value!.Value.GetProperty("caseCode").GetString());
    }

    [Fact]
    public void An_adaptive_card_invoke_value_is_read_into_its_typed_shape()
    {
        const string json = """{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"saveChecklist","data":{"x":1}},"trigger":"manual"}}""";

        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;
        var value = activity.Value!.Value.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue)!;

        Assert.Equal(("Action.Execute", "saveChecklist", "manual"), (value.Action!.Type, value.Action.Verb, value.Trigger));
    }

    // Explicit nulls are dropped on the way out, and timestamps come back as the same instant in
    // "+00:00" rather than "Z" notation; everything else must be identical.
    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Key.EndsWith("imestamp", StringComparison.Ordinal) ? Instant(p.Value!) : WithoutNulls(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(WithoutNulls)]),
        _ => node?.DeepClone(),
    };

    private static JsonValue Instant(JsonNode value) =>
        JsonValue.Create(DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
