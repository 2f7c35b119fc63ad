using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OzaBot.Domain.Reminders;

namespace OzaBot.Conversations.Reminders;

internal static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// The conversation references (kept by every turn) and the reminder pass. <see cref="ReminderOptions"/> defaults
    /// unless the host registered its bound options; sending needs the host's <c>ConnectorClientFactory</c>.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.TryAddSingleton(new ReminderOptions());
        services.AddSingleton(sp => new SchoolCalendar(sp.GetRequiredService<ReminderOptions>(), sp.GetRequiredService<Domain.Scheduling.RegionTime>()));
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<ReminderSubscriptions>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<OverviewPlanner>();
        services.AddSingleton<OverviewMessages>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<ReminderPass>();
        return services;
    }
}
