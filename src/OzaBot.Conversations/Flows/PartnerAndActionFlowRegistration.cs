using Microsoft.Extensions.DependencyInjection;

namespace OzaBot.Conversations.Flows;

internal static class PartnerAndActionFlowRegistration
{
    public static IServiceCollection AddPartnerAndActionFlows(this IServiceCollection services) => services;
}
