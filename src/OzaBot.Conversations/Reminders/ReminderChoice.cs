using System.Text.RegularExpressions;

namespace OzaBot.Conversations.Reminders;

/// <summary>"herinneringen uit" / "herinneringen aan" (and English): whether this conversation wants reminders.</summary>
internal static partial class ReminderChoice
{
    /// <summary>True for "off", false for "on", null when the text is not a reminder choice.</summary>
    public static bool? TryChoose(string? text)
    {
        var match = Words().Match((text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant());
        return match.Success ? match.Groups["switch"].Value is "uit" or "off" or "stop" : null;
    }

    [GeneratedRegex(@"^(zet\s|turn\s)?(de\s|the\s)?(herinneringen|herinnering|reminders|reminder)\s(?<switch>uit|aan|off|on|stop)$", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
