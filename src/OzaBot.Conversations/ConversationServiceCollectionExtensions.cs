using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OzaBot.BotFramework.Builder;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows;
using OzaBot.Conversations.Reminders;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The assistant and its flows. Needs IStorage, ICaseRepository, ConversationState, ProcessCatalogue, NextStepEngine,
    /// CardTemplateLibrary and TimeProvider registered. Each flow registers its dialogs (<c>Dialog</c>),
    /// intent handlers and card handlers; the router finds them through DI.
    /// </summary>
    public static IServiceCollection AddOzaBotAssistant(this IServiceCollection services)
    {
        services.AddSingleton(sp => new Domain.Cases.CaseEraser(sp.GetRequiredService<Domain.Cases.ICaseRepository>(), sp.GetService<Domain.Scheduling.ICalendarService>()));
        services.AddSingleton(sp => new CaseStore(sp.GetRequiredService<Domain.Cases.ICaseRepository>(), sp.GetRequiredService<Domain.Cases.CaseEraser>()));
        services.TryAddSingleton(new Domain.Cases.RetentionOptions()); // the host binds Retention:ClosedCaseDays over this default
        services.TryAddSingleton(new Domain.Scheduling.RegionTime(Domain.Scheduling.RegionTime.DefaultZoneId)); // the host registers the configured zone over this default
        services.AddSingleton<OzaServices>();
        services.AddSingleton<WelcomeFlow>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<WelcomeFlow>());
        services.AddCaseFlows();
        services.AddPartnerAndActionFlows();
        services.AddMeetingFlows();
        services.AddEvaluationFlows();
        services.AddCaseManagementFlows();
        services.AddReminders();
        services.AddSingleton<IBot, OzaAssistant>();
        return services;
    }
}
