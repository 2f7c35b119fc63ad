using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OzaBot.Domain.Cases;

namespace OzaBot.Testing.Flow;

/// <summary>
/// Finds Dutch in what is meant to be English: Dutch function words and the bot's own Dutch command words. Quoted
/// text (“…”) is skipped: it names Dutch sources and the Dutch commands an English user may also type. Links and case
/// codes (as <see cref="CaseCodes"/> finds them) are skipped too: they are random, and an export link's token once
/// spelled "VR" (Friday, in Dutch) and failed CI.
/// Domain terms such as procesregisseur or samenwerkingsverband are Dutch names, not Dutch sentences, and pass.
/// </summary>
public static partial class DutchWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "van", "niet", "je", "jij", "jouw", "jullie", "wordt", "worden", "voor", "met", "naar", "ook",
        "nog", "dat", "deze", "dit", "welke", "wat", "geen", "zijn", "bij", "om", "tot", "uit", "en", "er", "kan", "kun",
        "moet", "typ", "stap", "casus", "klaar", "overleg", "gepland", "toestemming", "ouders", "leerling", "wie", "hoe",
        "wanneer", "alle", "alleen", "nu", "maar", "heeft", "hebben", "zo", "mag", "kies", "vul", "ja", "nee", "opslaan",
        "annuleren", "bekijk", "toon", "vastgelegd", "afgerond", "verlopen", "gesloten", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "mei", "okt", "mrt", "januari", "februari", "maart", "juni", "juli",
        "augustus", "oktober", "ma", "di", "wo", "vr", "za", "uur", "vandaag", "morgen", "weken",

        // The process's own Dutch words, which an English text names in English.
        "doorgaan", "bijstellen", "afschalen", "opschalen", "afsluiten", "gedaan", "bereikt", "deels", "evaluatie",
        "tussenevaluatie", "eindevaluatie", "verkennen", "betrekken", "ontwikkelen", "arrangeren", "activeren",
        "financiering", "gezamenlijk", "overleg", "ondersteuning", "doelstelling", "leerplichtambtenaar", "gebiedsteam",
    };

    /// <summary>The Dutch words in <paramref name="text"/>, each with a little context, outside quotes.</summary>
    public static IReadOnlyList<string> In(string text)
    {
        var unquoted = WithoutCaseCodes(Link().Replace(Quoted().Replace(text, " "), " "));
        return Word().Matches(unquoted)
            .Where(m => Words.Contains(m.Value.ToLowerInvariant()))
            .Select(m => $"'{m.Value}' in …{unquoted.Substring(Math.Max(0, m.Index - 40), Math.Min(unquoted.Length - Math.Max(0, m.Index - 40), 90))}…")
            .ToList();
    }

    /// <summary>What a user reads in an activity: its text and, in any card, every text, title, label, placeholder, error message and fact.</summary>
    public static string Readable(JsonNode? activity)
    {
        var parts = new List<string>();
        Collect(activity, parts, readable: false);
        return string.Join("\n", parts);
    }

    private static void Collect(JsonNode? node, List<string> parts, bool readable)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s) && (IsReadable(name) || (name == "value" && readable)))
                    {
                        parts.Add(s);
                    }
                    else
                    {
                        // A fact's value is read; a choice's value is an id.
                        Collect(value, parts, readable: name == "facts");
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, parts, readable);
                }

                break;
        }
    }

    private static bool IsReadable(string property) =>
        property is "text" or "title" or "label" or "placeholder" or "errorMessage" or "altText" or "fallbackText" or "summary" or "subtitle" or "tooltip";

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    private static string WithoutCaseCodes(string text)
    {
        while (CaseCodes.Find(text) is { } code)
        {
            text = text.Replace(code, " ", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
