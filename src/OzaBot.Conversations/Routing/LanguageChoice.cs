using System.Text.RegularExpressions;

namespace OzaBot.Conversations.Routing;

/// <summary>"english" / "nederlands": the language a conversation asks for (Dutch unless it asks otherwise).</summary>
internal static partial class LanguageChoice
{
    public const string Dutch = "nl-NL";
    public const string English = "en-US";

    /// <summary>The locale the text asks for, or null when it is not a language choice.</summary>
    public static string? TryChoose(string? text)
    {
        var normalised = (text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant();
        return EnglishWords().IsMatch(normalised) ? English : DutchWords().IsMatch(normalised) ? Dutch : null;
    }

    [GeneratedRegex(@"^((in|speak|talk|answer in|spreek|praat|in het)\s)?(english|engels)(\s(please|graag|alsjeblieft|pls))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"^((in|speak|talk|answer in|spreek|praat|in het)\s)?(nederlands|dutch|nl)(\s(please|graag|alsjeblieft|pls))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchWords();
}
