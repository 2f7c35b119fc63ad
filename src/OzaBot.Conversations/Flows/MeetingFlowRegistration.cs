using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.Meetings;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows;

internal static class MeetingFlowRegistration
{
    /// <summary>Planning, moving and cancelling meetings. Uses the <see cref="ICalendarService"/> when registered (AddOzaBotCalendar in the host); without one they say the calendar is not set up.</summary>
    public static IServiceCollection AddMeetingFlows(this IServiceCollection services)
    {
        services.AddSingleton(sp => new MeetingServices(sp.GetRequiredService<OzaServices>(), sp.GetService<ICalendarService>(), sp.GetService<MeetingSignIn>()));
        services.AddSingleton(sp => PlanMeetingDialog.Create(sp.GetRequiredService<MeetingServices>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => ChangeMeetingDialog.Create(sp.GetRequiredService<MeetingServices>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<MeetingIntentHandler>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<MeetingIntentHandler>());
        return services;
    }
}
