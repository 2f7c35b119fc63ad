using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

internal static class CaseManagementFlowRegistration
{
    public static IServiceCollection AddCaseManagementFlows(this IServiceCollection services)
    {
        services.AddSingleton<IIntentHandler, CaseListFlow>();
        services.AddSingleton<IIntentHandler, CloseAndDeleteFlow>();
        services.AddSingleton<Dialog>(CloseCaseDialog.Create());
        services.AddSingleton<Dialog>(DeleteCaseDialog.Create());
        return services;
    }
}
