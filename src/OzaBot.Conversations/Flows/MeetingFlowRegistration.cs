using Microsoft.Extensions.DependencyInjection;

namespace OzaBot.Conversations.Flows;

internal static class MeetingFlowRegistration
{
    public static IServiceCollection AddMeetingFlows(this IServiceCollection services) => services;
}
