using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>Short, culture-independent times in Amsterdam: "di 1 dec 2026, 14:00–15:00".</summary>
internal static class MeetingTimes
{
    private static readonly string[] DaysNl = ["zo", "ma", "di", "wo", "do", "vr", "za"];
    private static readonly string[] DaysEn = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] MonthsNl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, DateTimePrompt.Amsterdam);

    public static string Slot(DateTimeOffset start, DateTimeOffset end, bool english) => $"{Moment(start, english)}–{Local(end):HH\\:mm}";

    /// <summary>"di 1 dec 2026, 14:00".</summary>
    public static string Moment(DateTimeOffset moment, bool english)
    {
        var s = Local(moment);
        var day = english ? DaysEn[(int)s.DayOfWeek] : DaysNl[(int)s.DayOfWeek];
        var month = english ? MonthsEn[s.Month - 1] : MonthsNl[s.Month - 1];
        return $"{day} {s.Day} {month} {s.Year}, {s:HH\\:mm}";
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);
}
