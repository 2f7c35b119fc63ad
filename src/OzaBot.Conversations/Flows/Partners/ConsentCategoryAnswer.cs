using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>Reads "1 en 2", "plan, opp", "alles" into consent categories; null when a part is not understood.</summary>
internal static class ConsentCategoryAnswer
{
    private static readonly char[] Separators = [',', ';', ' ', '\n', '+', '&', '/'];
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "en", "and", "het", "de", "the", "gezamenlijk", "joint" };
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase) { "alles", "alle", "allemaal", "all", "everything" };
    private static readonly Dictionary<string, ConsentCategory> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["plan"] = ConsentCategory.Plan,
        ["opp"] = ConsentCategory.Opp,
        ["ontwikkelingsperspectief"] = ConsentCategory.Opp,
        ["verslag"] = ConsentCategory.VerslagenSchool,
        ["verslagen"] = ConsentCategory.VerslagenSchool,
        ["reports"] = ConsentCategory.VerslagenSchool,
        ["jeugdhulp"] = ConsentCategory.GegevensJeugdhulp,
        ["youth"] = ConsentCategory.GegevensJeugdhulp,
        ["medisch"] = ConsentCategory.MedischeGegevens,
        ["medische"] = ConsentCategory.MedischeGegevens,
        ["medical"] = ConsentCategory.MedischeGegevens,
    };

    /// <summary>Words that only qualify a category ("verslagen school", "gegevens jeugdhulp") and add nothing.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase) { "school", "gegevens", "data", "care" };

    public static IReadOnlyList<ConsentCategory>? Parse(string? text)
    {
        var all = Enum.GetValues<ConsentCategory>();
        var found = new List<ConsentCategory>();
        foreach (var part in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = part.Trim('.', '!', '?', '*');
            if (word.Length == 0 || Fillers.Contains(word) || Qualifiers.Contains(word))
            {
                continue;
            }

            if (All.Contains(word))
            {
                found.AddRange(all);
            }
            else if (int.TryParse(word, out var number) && number >= 1 && number <= all.Length)
            {
                found.Add(all[number - 1]);
            }
            else if (Words.TryGetValue(word, out var category))
            {
                found.Add(category);
            }
            else
            {
                return null;
            }
        }

        return found.Count == 0 ? null : [.. found.Distinct().Order()];
    }
}
