using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>Date arithmetic of the evaluation flow, in Amsterdam time.</summary>
internal static class FlowDates
{
    /// <summary>A date without a time means a working moment that day: 09:00 in Amsterdam.</summary>
    public static DateTimeOffset MorningOf(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, DateTimePrompt.Amsterdam);
        var nine = new DateTime(local.Year, local.Month, local.Day, 9, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(nine, DateTimePrompt.Amsterdam.GetUtcOffset(nine));
    }
}
