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
        services.AddSingleton<IIntentHandler, CaseListFlow>();
        services.AddSingleton<IIntentHandler, CloseAndDeleteFlow>();
        services.TryAddSingleton(new Export.CaseExportOptions()); // the host registers its public address over this default
        services.AddSingleton(sp => new Export.CaseExports(
            sp.GetRequiredService<OzaBot.Conversations.Cases.CaseStore>(),
            sp.GetRequiredService<Export.CaseExportOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Domain.Scheduling.RegionTime>(),
            sp.GetService<Domain.Scheduling.ICalendarService>()));
        services.AddSingleton<IIntentHandler, Export.ExportFlow>();
        services.AddSingleton<Dialog>(CloseCaseDialog.Create());
        services.AddSingleton<Dialog>(DeleteCaseDialog.Create());
        return services;
    }
}
