using Microsoft.Extensions.DependencyInjection;

namespace OzaBot.Conversations.Flows;

internal static class CaseFlowRegistration
{
    public static IServiceCollection AddCaseFlows(this IServiceCollection services) => services;
}
