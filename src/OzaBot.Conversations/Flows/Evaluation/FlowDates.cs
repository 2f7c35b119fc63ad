using System.Globalization;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>Dates as the cards and texts show them: day-first, in Amsterdam time ("di 5 jan 2027").</summary>
internal static class FlowDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateTimeOffset moment, bool english) =>
        TimeZoneInfo.ConvertTime(moment, DateTimePrompt.Amsterdam)
            .ToString("ddd d MMM yyyy", english ? English : Dutch)
            .Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>A date without a time means a working moment that day: 09:00 in Amsterdam.</summary>
    public static DateTimeOffset MorningOf(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, DateTimePrompt.Amsterdam);
        var nine = new DateTime(local.Year, local.Month, local.Day, 9, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(nine, DateTimePrompt.Amsterdam.GetUtcOffset(nine));
    }
}
