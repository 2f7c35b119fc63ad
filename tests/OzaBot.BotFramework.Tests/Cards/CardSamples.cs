using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Testing.Tooling;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>The templates and sample data under cards/, plus the variants the tests bind them to.</summary>
internal static class CardSamples
{
    public static string Folder => RepoPaths.Combine("cards");

    public static CardTemplateLibrary Library { get; } = new(Folder);

    public static IReadOnlyList<string> Names => Library.Names;

    public static JsonNode Template(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!;

    /// <summary>
    /// The keys every Action.Execute of a card must carry: the case code and the revision it was made at; a
    /// chat-level card (the gesprekskader, which is not about a case) only its revision.
    /// </summary>
    public static string[] ExecuteKeys(string name) => name.StartsWith("gesprekskader", StringComparison.Ordinal) ? ["revision"] : ["caseCode", "revision"];

    public static JsonObject Data(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".data.json")))!.AsObject();

    /// <summary>
    /// Every card with its sample, and with initials added (what a 1:1 chat with a case member shows):
    /// both must expand identically here and in the official engine and pass the official parser.
    /// </summary>
    public static IEnumerable<(string Case, string Card, JsonObject Data)> Variants()
    {
        foreach (var name in Names)
        {
            yield return (name, name, Data(name));
            var withInitials = Data(name);
            withInitials["initials"] = "J.B.";
            yield return (name + "+initials", name, withInitials);
        }
    }

    /// <summary>Variants with every array in the data emptied: templating only (the cards may then be sparse).</summary>
    public static IEnumerable<(string Case, string Card, JsonObject Data)> EmptyListVariants()
    {
        foreach (var name in Names)
        {
            var data = Data(name);
            EmptyArrays(data);
            yield return (name + "+empty-lists", name, data);
        }
    }

    private static void EmptyArrays(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                array.Clear();
                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    EmptyArrays(value);
                }

                break;
        }
    }
}
