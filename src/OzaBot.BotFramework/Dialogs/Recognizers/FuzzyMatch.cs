namespace OzaBot.BotFramework.Dialogs.Recognizers;

/// <summary>
/// Typo tolerance: Damerau-Levenshtein distance (optimal string alignment: insert, delete,
/// substitute, swap two neighbours) with a threshold relative to the length of the words.
/// </summary>
internal static class FuzzyMatch
{
    /// <summary>
    /// Edits allowed between two words: none up to 4 letters (so "stap" is not "stop"),
    /// one up to 8 ("anuleer" → "annuleer"), then two.
    /// </summary>
    public static int AllowedEdits(int length) => length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };

    public static bool IsClose(string input, string candidate) =>
        Distance(input, candidate, AllowedEdits(Math.Max(input.Length, candidate.Length))) is not null;

    /// <summary>The distance, or <c>null</c> once it is certain to exceed <paramref name="limit"/>.</summary>
    public static int? Distance(string a, string b, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return null;
        }

        // Three rolling rows (two back for transpositions) instead of a full matrix.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return null;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= limit ? previous[b.Length] : null;
    }
}
