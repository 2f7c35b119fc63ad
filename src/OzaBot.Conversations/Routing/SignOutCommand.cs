using System.Text.RegularExpressions;

namespace OzaBot.Conversations.Routing;

/// <summary>"afmelden" / "sign out": forget the user's calendar sign-in (delegated mode).</summary>
internal static partial class SignOutCommand
{
    public static bool Matches(string? text) => Words().IsMatch((text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant());

    [GeneratedRegex(@"^(afmelden|meld (me|mij) af|uitloggen|log uit|sign out|log out|logout)$", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
