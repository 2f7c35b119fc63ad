using Microsoft.Extensions.DependencyInjection;

namespace OzaBot.Conversations.Flows;

internal static class CaseManagementFlowRegistration
{
    public static IServiceCollection AddCaseManagementFlows(this IServiceCollection services) => services;
}
