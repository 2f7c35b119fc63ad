using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Expands every templating case with Microsoft's adaptivecards-templating in one node run.</summary>
public sealed class OfficialTemplatingFixture : IAsyncLifetime
{
    internal static IEnumerable<(string Case, JsonNode Template, JsonNode? Data)> Cases()
    {
        foreach (var (name, card, data) in CardSamples.Variants().Concat(CardSamples.EmptyListVariants()))
        {
            yield return (name, CardSamples.Template(card), data);
        }

        foreach (var (name, template, data) in TemplateEdgeCases.All())
        {
            yield return ("edge:" + name, JsonNode.Parse(template)!, JsonNode.Parse(data));
        }
    }

    internal Dictionary<string, JsonObject> Results { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var input = new JsonArray();
        foreach (var (name, template, data) in Cases())
        {
            input.Add(new JsonObject { ["name"] = name, ["template"] = template.DeepClone(), ["data"] = data?.DeepClone() });
        }

        Results = OfficialNode.ByName(await OfficialNode.RunBatchAsync("expand.mjs", input));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
