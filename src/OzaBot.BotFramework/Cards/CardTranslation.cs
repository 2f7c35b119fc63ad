using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// The English of the card templates: one map from each Dutch text in a template to its English
/// (<c>cards/translations/english.json</c>), so a template is written once and its layout, bindings and actions
/// are the same in both languages. A text without English, or English that binds other values than the Dutch,
/// makes the template fail to load: English cards are complete or absent.
/// </summary>
internal sealed partial class CardTranslation(IReadOnlyDictionary<string, string> english)
{
    public static CardTranslation Load(string path) =>
        new(File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : new Dictionary<string, string>());

    /// <summary>A copy of <paramref name="template"/> with every text a user reads in English.</summary>
    /// <exception cref="CardTemplateException">A text has no English, or its English binds other values.</exception>
    public JsonNode Translate(JsonNode template)
    {
        var copy = template.DeepClone();
        Walk(copy);
        return copy;
    }

    private void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && IsReadable(name) && HasWords(text))
                    {
                        o[name] = English(text);
                    }
                    else
                    {
                        Walk(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Walk(item);
                }

                break;
        }
    }

    /// <summary>The English of a Dutch text, or the text itself when there is none.</summary>
    public string Text(string dutch) => english.TryGetValue(dutch, out var text) ? text : dutch;

    private string English(string dutch)
    {
        if (!english.TryGetValue(dutch, out var text) || string.IsNullOrWhiteSpace(text))
        {
            throw new CardTemplateException($"No English for \"{dutch}\" in cards/translations/english.json.");
        }

        return Bindings(text).SequenceEqual(Bindings(dutch))
            ? text
            : throw new CardTemplateException($"The English of \"{dutch}\" binds other values: \"{text}\".");
    }

    /// <summary>The card properties a user reads (and so the ones translated).</summary>
    internal static bool IsReadable(string property) =>
        property is "text" or "title" or "label" or "placeholder" or "errorMessage" or "altText" or "fallbackText" or "speak" or "tooltip";

    /// <summary>Text that is more than bindings and symbols (a lone "${name}" or "•" needs no translation).</summary>
    private static bool HasWords(string text) => Letters().IsMatch(Binding().Replace(text, ""));

    private static IEnumerable<string> Bindings(string text) => Binding().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Binding();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();
}
