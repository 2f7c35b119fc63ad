using System.Globalization;

namespace OzaBot.BotFramework.Dialogs.Recognizers;

internal enum ChoiceMatch
{
    None,
    Found,
    Ambiguous,
}

/// <summary>The outcome: the chosen index, or the indexes the answer could mean.</summary>
internal sealed record ChoiceRecognition(ChoiceMatch Match, IReadOnlyList<int> Indexes)
{
    public static ChoiceRecognition None { get; } = new(ChoiceMatch.None, []);

    public int Index => Indexes[0];
}

/// <summary>
/// Picks a choice by number ("2", "optie 2", "de tweede"), by title or synonym, by a part of the
/// title ("jeugd" for "Jeugdhulp"), or despite typos. Answers that fit several choices equally are ambiguous.
/// </summary>
internal static class ChoiceRecognizer
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "optie", "nummer", "nr", "keuze", "graag", "ik", "kies", "neem", "doe", "maar",
        "the", "option", "number", "no", "choice", "i", "choose", "pick", "take", "please",
    };

    private static readonly string[] Ordinals =
    [
        "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
    ];

    private static readonly string[] EnglishOrdinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];

    /// <param name="choices">Each choice's title followed by its synonyms.</param>
    public static ChoiceRecognition Recognize(string? text, IReadOnlyList<IReadOnlyList<string>> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var input = TextNormalizer.Normalize(text);
        if (input.Length == 0)
        {
            return ChoiceRecognition.None;
        }

        if (ByPosition(input, choices.Count) is { } position)
        {
            return new ChoiceRecognition(ChoiceMatch.Found, [position]);
        }

        var names = choices.Select(c => c.Select(TextNormalizer.Normalize).Where(n => n.Length > 0).ToArray()).ToArray();
        return Decide(Where(names, n => n == input))
            ?? Decide(Where(names, n => ContainsWords(input, n) || IsWordPrefix(n, input)))
            ?? Decide(Closest(names, input))
            ?? ChoiceRecognition.None;
    }

    private static int? ByPosition(string input, int count)
    {
        var words = TextNormalizer.Words(input).Where(w => !Fillers.Contains(w)).ToArray();
        if (words.Length != 1)
        {
            return null;
        }

        var word = words[0].TrimEnd('e');
        var position = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : Math.Max(Array.IndexOf(Ordinals, words[0]), Array.IndexOf(EnglishOrdinals, words[0])) + 1;
        return position >= 1 && position <= count ? position - 1 : null;
    }

    private static List<int> Where(string[][] names, Func<string, bool> predicate)
    {
        var found = new List<int>();
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Any(predicate))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>The choices at the smallest distance still within the typo threshold.</summary>
    private static List<int> Closest(string[][] names, string input)
    {
        var best = int.MaxValue;
        var found = new List<int>();
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                var allowed = FuzzyMatch.AllowedEdits(Math.Max(name.Length, input.Length));
                if (FuzzyMatch.Distance(input, name, allowed) is not { } distance || distance > best)
                {
                    continue;
                }

                if (distance < best)
                {
                    best = distance;
                    found.Clear();
                }

                if (!found.Contains(i))
                {
                    found.Add(i);
                }
            }
        }

        return found;
    }

    private static ChoiceRecognition? Decide(List<int> found) => found.Count switch
    {
        0 => null,
        1 => new ChoiceRecognition(ChoiceMatch.Found, found),
        _ => new ChoiceRecognition(ChoiceMatch.Ambiguous, found),
    };

    /// <summary>"ik kies jeugd hulp graag" contains the words of "jeugd hulp".</summary>
    private static bool ContainsWords(string input, string name) =>
        $" {input} ".Contains($" {name} ", StringComparison.Ordinal);

    /// <summary>"jeugd" starts "jeugdhulp" or one of its words (at least three letters typed).</summary>
    private static bool IsWordPrefix(string name, string input) =>
        input.Length >= 3 && TextNormalizer.Words(name).Any(w => w.StartsWith(input, StringComparison.Ordinal));
}
