namespace OzaBot.BotFramework.Dialogs.Recognizers;

internal enum Interruption
{
    None,
    Help,
    Cancel,
    Restart,
}

/// <summary>
/// Recognizes the commands that work in every dialog. Only a whole short message counts (with
/// typos), so an answer that merely contains "stop" is still an answer.
/// </summary>
internal static class InterruptionRecognizer
{
    private static readonly (string Phrase, Interruption Kind)[] Phrases =
    [
        ("help", Interruption.Help),
        ("hulp", Interruption.Help),
        ("helpen", Interruption.Help),
        ("help me", Interruption.Help),
        ("wat kan ik typen", Interruption.Help),
        ("stop", Interruption.Cancel),
        ("stoppen", Interruption.Cancel),
        ("annuleer", Interruption.Cancel),
        ("annuleren", Interruption.Cancel),
        ("afbreken", Interruption.Cancel),
        ("laat maar", Interruption.Cancel),
        ("cancel", Interruption.Cancel),
        ("quit", Interruption.Cancel),
        ("opnieuw", Interruption.Restart),
        ("begin opnieuw", Interruption.Restart),
        ("opnieuw beginnen", Interruption.Restart),
        ("herstart", Interruption.Restart),
        ("restart", Interruption.Restart),
        ("start over", Interruption.Restart),
    ];

    public static Interruption Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length is 0 or > 24)
        {
            return Interruption.None;
        }

        foreach (var (phrase, kind) in Phrases)
        {
            if (normalized == phrase)
            {
                return kind;
            }
        }

        foreach (var (phrase, kind) in Phrases)
        {
            if (FuzzyMatch.IsClose(normalized, phrase))
            {
                return kind;
            }
        }

        return Interruption.None;
    }
}
