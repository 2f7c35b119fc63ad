using System.Globalization;
using System.Text;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Intents;

/// <summary>
/// Recognises what a user asks in Dutch or English free text, tolerant of typos, case and missing punctuation.
/// Words map to concepts (exact, else the nearest lexicon word by Damerau-Levenshtein distance), and the most
/// specific rule whose concepts are all present wins. Deterministic; returns <see cref="IntentMatch.None"/>
/// when nothing fits, so the caller can answer "dat begrijp ik niet".
/// </summary>
public static class IntentRecognizer
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
    };

    public static IntentMatch Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IntentMatch.None;
        }

        var code = CaseCodes.Find(text);
        var tokens = Tokenize(code is null ? text : text.Replace(code, " ", StringComparison.OrdinalIgnoreCase));
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        string? stepId = null;
        int? number = null;
        foreach (var token in tokens)
        {
            var (words, found) = Lookup(token);
            concepts.UnionWith(found);
            stepId ??= words.Select(w => IntentLexicon.StepWords.GetValueOrDefault(w)).FirstOrDefault(s => s is not null);
            if (ParseNumber(token) is { } n)
            {
                number ??= n;
                concepts.Add("number");
            }
        }

        if (code is not null)
        {
            concepts.Add("casecode");
        }

        // The rule with the most slots wins; of equals, the first.
        IntentRule? rule = null;
        foreach (var candidate in IntentRules.All)
        {
            if ((rule is null || candidate.Slots.Length > rule.Slots.Length) && candidate.Fits(concepts, tokens.Count))
            {
                rule = candidate;
            }
        }

        return rule is null
            ? IntentMatch.None with { CaseCode = code }
            : new IntentMatch(
                rule.Intent,
                rule.Intent is Intent.PlanMeeting or Intent.Escalate ? MeetingOf(concepts) : null,
                rule.Intent == Intent.StartStep ? stepId : null,
                rule.Intent == Intent.StartStep ? number : null,
                code);
    }

    private static MeetingKind? MeetingOf(HashSet<string> concepts) =>
        concepts.Contains("ozo") ? MeetingKind.Ozo
        : concepts.Contains("actietafel") || (concepts.Contains("regionaal") && concepts.Contains("tafel")) ? MeetingKind.Actietafel
        : concepts.Contains("eval") ? MeetingKind.Evaluatie
        : concepts.Contains("projectgroep") ? MeetingKind.Projectgroep
        : null;

    /// <summary>Lower case, no diacritics, apostrophes dropped ("what's" → "whats"), split on anything else.</summary>
    internal static List<string> Tokenize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        }

        return [.. builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>The lexicon words a token stands for (itself, or its nearest neighbours) and their concepts.</summary>
    private static (IReadOnlyList<string> Words, IEnumerable<string> Concepts) Lookup(string token)
    {
        if (IntentLexicon.Words.TryGetValue(token, out var exact))
        {
            return ([token], exact);
        }

        var max = MaxDistance(token.Length);
        if (max == 0)
        {
            return ([], []);
        }

        var candidates = IntentLexicon.Words.Keys
            .Where(w => w.Length >= 4 && Math.Abs(w.Length - token.Length) <= max)
            .Select(w => (Word: w, Distance: DamerauLevenshtein.Distance(token, w)))
            .Where(c => c.Distance <= max && (token.Length > 4 || IsSwapOrCutShort(token, c.Word)))
            .ToList();
        if (candidates.Count == 0)
        {
            return ([], []);
        }

        var best = candidates.Min(c => c.Distance);
        var words = candidates.Where(c => c.Distance == best).Select(c => c.Word).Order(StringComparer.Ordinal).ToList();
        return (words, words.SelectMany(w => IntentLexicon.Words[w]));
    }

    // Short words are easily other words: four letters tolerate only a swap ("hepl") or a dropped last
    // letter ("casu"), longer words more.
    private static int MaxDistance(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    private static bool IsSwapOrCutShort(string token, string word) =>
        (token.Length == word.Length && token.Order().SequenceEqual(word.Order()))
        || (word.Length == token.Length + 1 && word.StartsWith(token, StringComparison.Ordinal));

    private static int? ParseNumber(string token)
    {
        var digits = new string([.. token.TakeWhile(char.IsAsciiDigit)]);
        if (digits.Length > 0 && digits.Length <= 1 && (digits.Length == token.Length || token[digits.Length..] is "e" or "de"))
        {
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        return NumberWords.TryGetValue(token, out var n) ? n : null;
    }
}
