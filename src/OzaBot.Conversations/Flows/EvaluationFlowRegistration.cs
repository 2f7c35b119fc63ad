using Microsoft.Extensions.DependencyInjection;

namespace OzaBot.Conversations.Flows;

internal static class EvaluationFlowRegistration
{
    public static IServiceCollection AddEvaluationFlows(this IServiceCollection services) => services;
}
