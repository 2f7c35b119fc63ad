using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.Escalation;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Flows.Gesprekskader;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

internal static class EvaluationFlowRegistration
{
    /// <summary>Evaluatie, gesprekskader and escaleren naar de Actietafel: their dialogs, intents and card verbs.</summary>
    public static IServiceCollection AddEvaluationFlows(this IServiceCollection services)
    {
        services.AddSingleton<EvaluationFlowsStore>();
        services.AddSingleton<Dialog>(sp => EvaluationDialog.Create(sp.GetRequiredService<OzaServices>().Catalogue));
        services.AddSingleton<Dialog>(sp => NextEvaluationDialog.Create(sp.GetRequiredService<OzaServices>().Time, sp.GetRequiredService<OzaServices>().Region));
        services.AddSingleton<EvaluationFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<EvaluationFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<EvaluationFlow>());
        services.AddSingleton<Dialog>(sp => GesprekskaderDialog.Create(sp.GetRequiredService<EvaluationFlowsStore>()));
        services.AddSingleton<GesprekskaderFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<GesprekskaderFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<GesprekskaderFlow>());
        services.AddSingleton<Dialog>(_ => ResolveEscalationDialog.Create());
        services.AddSingleton<EscalationFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<EscalationFlow>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<EscalationFlow>());
        return services;
    }
}
