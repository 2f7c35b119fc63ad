using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>When an action is due: a date without a time means the end of that working day (17:00 in the region).</summary>
internal static class ActionDue
{
    public static readonly TimeSpan EndOfDay = TimeSpan.FromHours(17);

    public static DateTimeOffset From(DateTimeResolution answer, RegionTime region)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.HasTime)
        {
            return answer.Value;
        }

        ArgumentNullException.ThrowIfNull(region);
        return region.At(region.Date(answer.Value), TimeOnly.FromTimeSpan(EndOfDay));
    }
}
