using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>Short, culture-independent times in the region's time zone: "di 1 dec 2026, 14:00–15:00".</summary>
internal static class MeetingTimes
{
    private static readonly string[] DaysNl = ["zo", "ma", "di", "wo", "do", "vr", "za"];
    private static readonly string[] DaysEn = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] MonthsNl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Slot(RegionTime region, DateTimeOffset start, DateTimeOffset end, Language language) => $"{Moment(region, start, language)}–{region.Local(end):HH\\:mm}";

    /// <summary>"di 1 dec 2026, 14:00".</summary>
    public static string Moment(RegionTime region, DateTimeOffset moment, Language language)
    {
        ArgumentNullException.ThrowIfNull(region);
        var s = region.Local(moment);
        var day = language == Language.English ? DaysEn[(int)s.DayOfWeek] : DaysNl[(int)s.DayOfWeek];
        var month = language == Language.English ? MonthsEn[s.Month - 1] : MonthsNl[s.Month - 1];
        return $"{day} {s.Day} {month} {s.Year}, {s:HH\\:mm}";
    }
}
