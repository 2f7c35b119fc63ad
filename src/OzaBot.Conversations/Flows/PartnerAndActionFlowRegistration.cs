using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.Actions;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Flows.Partners;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

internal static class PartnerAndActionFlowRegistration
{
    public static IServiceCollection AddPartnerAndActionFlows(this IServiceCollection services)
    {
        services.AddSingleton<IIntentHandler, PartnerFlow>();
        services.AddSingleton<IIntentHandler, ActionFlow>();
        services.AddSingleton<IIntentHandler, ConsentFlow>();
        services.AddSingleton<ICardActionHandler, CompleteActionButton>();
        services.AddSingleton<Dialog>(AddPartnerDialog.Create());
        services.AddSingleton<Dialog>(sp => ConsentDialog.Create(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Domain.Scheduling.RegionTime>()));
        services.AddSingleton<Dialog>(WithdrawConsentDialog.Create());
        services.AddSingleton<Dialog>(sp => AddActionDialog.Create(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Domain.Scheduling.RegionTime>()));
        return services;
    }
}
