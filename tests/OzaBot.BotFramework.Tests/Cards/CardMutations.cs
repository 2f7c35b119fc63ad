using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Broken versions of a good card; each must be caught by the card checks (proves they can fail).</summary>
internal static class CardMutations
{
    /// <summary>Each case: its name, a fragment the reported problem must contain, and the mutation.</summary>
    public static IEnumerable<(string Case, string Expected, Action<JsonObject> Break)> All()
    {
        yield return ("unknown-element-type", "UnknownElementType", card => Body(card)[0]!["type"] = "TextBlok");
        yield return ("invalid-enum-value", "InvalidPropertyValue", card => Body(card)[0]!["size"] = "Huge");
        yield return ("misspelled-property", "wrpa", card => Body(card)[0]!["wrpa"] = true);
        yield return ("unknown-property-in-choices", "titel", card => FirstOfType(card, "Input.ChoiceSet")["choices"]![0]!["titel"] = "x");
        yield return ("duplicate-input-id", "Duplicate", card =>
        {
            var inputs = Inputs(card).ToList();
            inputs[1]["id"] = inputs[0]["id"]!.GetValue<string>();
        });
        yield return ("version-above-1.5", "version 1.6", card => card["version"] = "1.6");
        yield return ("execute-without-verb", "without a verb", card => FirstOfType(card, "Action.Execute").Remove("verb"));
        yield return ("execute-without-revision", "lacks 'revision'", card => FirstOfType(card, "Action.Execute")["data"]!.AsObject().Remove("revision"));
        yield return ("input-without-label", "without a label", card => Inputs(card).First().Remove("label"));
        yield return ("too-large", "bytes as UTF-16", card => Body(card).Add(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('x', 45_000) }));
    }

    private static JsonArray Body(JsonObject card) => card["body"]!.AsArray();

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Objects(card).Where(o => o["type"]?.ToString().StartsWith("Input.", StringComparison.Ordinal) == true);

    private static JsonObject FirstOfType(JsonObject card, string type) => Objects(card).First(o => o["type"]?.ToString() == type);

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Objects(p.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
