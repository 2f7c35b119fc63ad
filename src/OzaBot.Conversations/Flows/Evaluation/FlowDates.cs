using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>Date arithmetic of the evaluation flow, in the region's time zone.</summary>
internal static class FlowDates
{
    /// <summary>A date without a time means a working moment that day: 09:00 in the region.</summary>
    public static DateTimeOffset MorningOf(DateTimeOffset moment, RegionTime region) => region.At(region.Date(moment), new TimeOnly(9, 0));
}
