using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>
/// Builds every outgoing card message in C# (template → <see cref="CardMessage"/>) and has Microsoft's
/// adaptivecards parser check them all, plus the broken mutations, in one node run.
/// </summary>
public sealed class OfficialParserFixture : IAsyncLifetime
{
    internal const string MutatedCard = "evaluation";

    internal static readonly CardRefresh SampleRefresh = new(
        new JsonObject { ["card"] = "plan", ["caseCode"] = "OZA-7K3M-Q9", ["revision"] = 12 },
        [.. Enumerable.Range(1, 60).Select(i => $"29:1a2b3c4d-member-{i:D2}")]);

    internal Dictionary<string, Activity> Messages { get; } = [];

    internal Dictionary<string, JsonObject> Cards { get; } = [];

    internal Dictionary<string, JsonObject> Results { get; private set; } = [];

    public async Task InitializeAsync()
    {
        foreach (var (name, card, data) in CardSamples.Variants())
        {
            var message = CardMessage.Create(CardSamples.Library.Expand(card, data), SampleRefresh);
            Messages[name] = message;
            Cards[name] = JsonNode.Parse(message.Attachments![0].Content!.Value.GetRawText())!.AsObject();
        }

        foreach (var (name, _, mutate) in CardMutations.All())
        {
            var card = CardMessage.Prepare(CardSamples.Library.Expand(MutatedCard, CardSamples.Data(MutatedCard)));
            mutate(card);
            Cards["mutated:" + name] = card;
        }

        var input = new JsonArray([.. Cards.Select(c => (JsonNode?)new JsonObject { ["name"] = c.Key, ["card"] = c.Value.DeepClone() })]);
        Results = OfficialNode.ByName(await OfficialNode.RunBatchAsync("validate.mjs", input));
    }

    /// <summary>Everything wrong with a card: official parser events, unknown properties, our Teams rules, size.</summary>
    internal List<string> Problems(string name)
    {
        var result = Results[name];
        var problems = result["events"]!.AsArray().Select(e => e!.GetValue<string>())
            .Concat(result["unknownProperties"]!.AsArray().Select(e => e!.GetValue<string>()))
            .Concat(CardRules.Check(Cards[name], CardSamples.ExecuteKeys(name)))
            .ToList();
        var bytes = CardRules.MeasureUtf16Bytes(JsonSerializer.Serialize(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = CardMessage.ToElement(Cards[name]) }],
        }, BotJsonContext.Default.Activity));
        if (bytes > CardRules.MaxMessageBytes)
        {
            problems.Add($"message is {bytes} bytes as UTF-16");
        }

        return problems;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
