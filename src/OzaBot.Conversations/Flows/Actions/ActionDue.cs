using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>When an action is due: a date without a time means the end of that working day (17:00 in Amsterdam).</summary>
internal static class ActionDue
{
    public static readonly TimeSpan EndOfDay = TimeSpan.FromHours(17);

    public static DateTimeOffset From(DateTimeResolution answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.HasTime)
        {
            return answer.Value;
        }

        var day = TimeZoneInfo.ConvertTime(answer.Value, DateTimePrompt.Amsterdam).Date + EndOfDay;
        return new DateTimeOffset(day, DateTimePrompt.Amsterdam.GetUtcOffset(day));
    }
}
