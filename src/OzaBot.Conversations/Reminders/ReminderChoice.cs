using System.Text.RegularExpressions;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// "herinneringen uit" / "herinneringen aan": whether this conversation wants reminders; "overzicht op donderdag":
/// the day of its weekly overview (and English).
/// </summary>
internal static partial class ReminderChoice
{
    /// <summary>True for "off", false for "on", null when the text is not a reminder choice.</summary>
    public static bool? TryChoose(string? text)
    {
        var match = Words().Match((text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant());
        return match.Success ? match.Groups["switch"].Value is "uit" or "off" or "stop" : null;
    }

    /// <summary>The day of "overzicht op donderdag", "weekoverzicht op di", "overview on thursday"; null otherwise.</summary>
    public static DayOfWeek? TryChooseOverviewDay(string? text)
    {
        var match = OverviewWords().Match((text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant());
        return match.Success ? Days[Array.FindIndex(Days, d => d.Names.Split('|').Contains(match.Groups["day"].Value))].Day : null;
    }

    private static readonly (DayOfWeek Day, string Names)[] Days =
    [
        (DayOfWeek.Monday, "maandag|ma|monday|mon"), (DayOfWeek.Tuesday, "dinsdag|di|tuesday|tue"),
        (DayOfWeek.Wednesday, "woensdag|wo|wednesday|wed"), (DayOfWeek.Thursday, "donderdag|do|thursday|thu"),
        (DayOfWeek.Friday, "vrijdag|vr|friday|fri"), (DayOfWeek.Saturday, "zaterdag|za|saturday|sat"),
        (DayOfWeek.Sunday, "zondag|zo|sunday|sun"),
    ];

    // The day names repeat those of Days: a generated regex needs a constant pattern.
    [GeneratedRegex(@"^(het\s|the\s)?(week)?(overzicht|overview)\s(op\s|on\s)?(de\s)?(?<day>maandag|ma|monday|mon|dinsdag|di|tuesday|tue|woensdag|wo|wednesday|wed|donderdag|do|thursday|thu|vrijdag|vr|friday|fri|zaterdag|za|saturday|sat|zondag|zo|sunday|sun)$", RegexOptions.CultureInvariant)]
    private static partial Regex OverviewWords();

    [GeneratedRegex(@"^(zet\s|turn\s)?(de\s|the\s)?(herinneringen|herinnering|reminders|reminder)\s(?<switch>uit|aan|off|on|stop)$", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
