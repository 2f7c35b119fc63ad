namespace OzaBot.BotFramework.Dialogs.Recognizers;

/// <summary>Yes or no in Dutch or English, with the usual variants and typos ("jazeker", "klopt niet", "nope", "oké", "jaa").</summary>
internal static class ConfirmRecognizer
{
    private static readonly Dictionary<string, bool> Phrases = new(StringComparer.Ordinal)
    {
        // Negations that start with a "yes" word come first in meaning: "klopt niet" is no.
        ["klopt niet"] = false, ["liever niet"] = false, ["niet akkoord"] = false, ["niet doen"] = false,
        ["nee hoor"] = false, ["not really"] = false, ["no thanks"] = false, ["nee dank je"] = false,
        ["ja hoor"] = true, ["doe maar"] = true, ["is goed"] = true, ["dat klopt"] = true, ["graag"] = true,
        ["ja graag"] = true, ["of course"] = true,
    };

    private static readonly Dictionary<string, bool> Words = new(StringComparer.Ordinal)
    {
        ["ja"] = true, ["j"] = true, ["jaa"] = true, ["jazeker"] = true, ["jawel"] = true, ["jep"] = true,
        ["zeker"] = true, ["klopt"] = true, ["prima"] = true, ["goed"] = true, ["oke"] = true, ["ok"] = true,
        ["okay"] = true, ["oki"] = true, ["akkoord"] = true, ["correct"] = true, ["yes"] = true, ["y"] = true,
        ["yep"] = true, ["yeah"] = true, ["yup"] = true, ["sure"] = true, ["absoluut"] = true, ["precies"] = true,
        ["nee"] = false, ["n"] = false, ["neen"] = false, ["nope"] = false, ["no"] = false, ["nah"] = false,
        ["niet"] = false, ["nooit"] = false, ["never"] = false, ["neenee"] = false, ["incorrect"] = false,
        ["onjuist"] = false, ["fout"] = false,
    };

    public static bool? Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (Phrases.TryGetValue(normalized, out var phrase) || Words.TryGetValue(normalized, out phrase))
        {
            return phrase;
        }

        // "ja, graag om 10 uur" → the first word decides; then typos of the whole answer or the first word.
        var first = TextNormalizer.Words(normalized)[0];
        if (Words.TryGetValue(first, out var word))
        {
            return first is "klopt" or "graag" && normalized.Contains(" niet", StringComparison.Ordinal) ? false : word;
        }

        foreach (var candidate in new[] { normalized, first })
        {
            foreach (var (known, meaning) in Words)
            {
                if (FuzzyMatch.IsClose(candidate, known))
                {
                    return meaning;
                }
            }
        }

        return null;
    }
}
