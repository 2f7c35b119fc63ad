using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

internal static class CaseManagementFlowRegistration
{
    public static IServiceCollection AddCaseManagementFlows(this IServiceCollection services)
    {
        services.TryAddSingleton<DialogTurns>();
        services.AddSingleton<IIntentHandler, CaseListFlow>();
        services.AddSingleton<IIntentHandler, CloseAndDeleteFlow>();
        services.AddSingleton<Dialog>(sp => CloseCaseDialog.Create(sp.GetRequiredService<DialogTurns>()));
        services.AddSingleton<Dialog>(sp => DeleteCaseDialog.Create(sp.GetRequiredService<DialogTurns>()));
        return services;
    }
}
