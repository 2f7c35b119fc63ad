using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

internal static class CaseFlowRegistration
{
    /// <summary>New case, next step, the plan card and step guidance.</summary>
    public static IServiceCollection AddCaseFlows(this IServiceCollection services)
    {
        services.AddSingleton(sp => NewCaseDialog.Create(sp.GetRequiredService<OzaServices>()));
        services.AddSingleton<IIntentHandler, NewCaseFlow>();
        services.AddSingleton<IIntentHandler, FallbackFlow>();
        services.AddSingleton<NextStepFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<NextStepFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<NextStepFlow>());
        services.AddSingleton<PlanFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<PlanFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<PlanFlow>());
        services.AddSingleton<JointPlanFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<JointPlanFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<JointPlanFlow>());
        services.AddSingleton<FinancingFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<FinancingFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<FinancingFlow>());
        services.AddSingleton<IIntentHandler, Circumstances.CircumstanceFlow>();
        services.AddSingleton<Dialog>(Circumstances.CircumstanceFlow.CreateDialog());
        services.AddSingleton<StepGuidanceFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<StepGuidanceFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<StepGuidanceFlow>());
        return services;
    }
}
