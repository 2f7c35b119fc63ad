using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Graph;
using OzaBot.Integrations.Calendar.Local;
using OzaBot.Integrations.Calendar.Storage;

namespace OzaBot.Integrations.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICalendarService"/> (Local or Graph by <c>Calendar:Provider</c>),
    /// <see cref="CalendarFileProvider"/> for the .ics endpoint, <see cref="SlotFinder"/> and
    /// <see cref="SchedulingOptions"/>. Needs an <see cref="IStorage"/> registration; adds
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is registered already.
    /// </summary>
    public static IServiceCollection AddOzaBotCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.SectionName))
            .Configure(o => o.PublicBaseUrl ??= Uri.TryCreate(configuration[CalendarOptions.PublicBaseUrlKey], UriKind.Absolute, out var url) ? url : null)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Scheduling);
        services.TryAddSingleton(sp => new SlotFinder(sp.GetRequiredService<SchedulingOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new MeetingStore(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new CalendarFileProvider(sp.GetRequiredService<MeetingStore>()));

        var provider = configuration.GetSection(CalendarOptions.SectionName).GetValue(nameof(CalendarOptions.Provider), CalendarProvider.Local);
        if (provider == CalendarProvider.Graph)
        {
            services.TryAddSingleton<ICalendarService>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<CalendarOptions>>().Value;
                return new GraphCalendarService(
                    GraphClients.Create(Credential(options.Graph), GraphClients.DefaultBaseUrl),
                    sp.GetRequiredService<MeetingStore>(),
                    sp.GetRequiredService<SlotFinder>(),
                    options.Graph.Organizer!,
                    sp.GetRequiredService<TimeProvider>());
            });
        }
        else
        {
            services.TryAddSingleton<ICalendarService>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<CalendarOptions>>().Value;
                return new LocalCalendarService(
                    sp.GetRequiredService<MeetingStore>(),
                    new CalendarFileLinks(options.PublicBaseUrl!),
                    sp.GetRequiredService<SlotFinder>(),
                    options.Scheduling,
                    sp.GetRequiredService<TimeProvider>());
            });
        }

        return services;
    }

    internal static TokenCredential Credential(GraphCalendarOptions graph) =>
        !string.IsNullOrEmpty(graph.ClientSecret) ? new ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret)
        : !string.IsNullOrEmpty(graph.ClientId) ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(graph.ClientId))
        : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
}
