using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
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
        services.TryAddSingleton(new RegionTime(RegionTime.DefaultZoneId)); // the host registers the configured zone over this default
        services.TryAddSingleton(sp => new GraphTime(sp.GetRequiredService<RegionTime>()));
        services.TryAddSingleton(sp => new SlotFinder(sp.GetRequiredService<SchedulingOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<RegionTime>()));
        services.TryAddSingleton(sp => new MeetingStore(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new CalendarFileProvider(sp.GetRequiredService<MeetingStore>(), sp.GetRequiredService<RegionTime>()));

        var section = configuration.GetSection(CalendarOptions.SectionName);
        var provider = section.GetValue(nameof(CalendarOptions.Provider), CalendarProvider.Local);
        var graphMode = section.GetSection(nameof(CalendarOptions.Graph)).Get<GraphCalendarOptions>()?.EffectiveMode ?? GraphAccessMode.Application;
        if (provider == CalendarProvider.Graph && graphMode == GraphAccessMode.Delegated)
        {
            // The signed-in user's calendar per turn; the .ics calendar for whoever does not sign in.
            services.TryAddSingleton<ISignedInCalendars>(sp => SignedIn(sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Graph, sp));
            services.TryAddSingleton(Local);
        }
        else if (provider == CalendarProvider.Graph)
        {
            services.TryAddSingleton<ICalendarService>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<CalendarOptions>>().Value;
                return new GraphCalendarService(
                    new OrganizerMailbox(GraphClients.Create(Credential(options.Graph), options.Graph.BaseUrl.ToString(), sp.GetRequiredService<GraphTime>().WindowsZone), options.Graph.Organizer!),
                    sp.GetRequiredService<MeetingStore>(),
                    sp.GetRequiredService<SlotFinder>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<GraphTime>());
            });
        }
        else
        {
            services.TryAddSingleton(Local);
        }

        return services;
    }

    private static ICalendarService Local(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<CalendarOptions>>().Value;
        return new LocalCalendarService(
            sp.GetRequiredService<MeetingStore>(),
            new CalendarFileLinks(options.PublicBaseUrl!),
            sp.GetRequiredService<SlotFinder>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RegionTime>());
    }

    private static SignedInCalendars SignedIn(GraphCalendarOptions graph, IServiceProvider sp) =>
        new(
            new OnBehalfOfTokens(graph.AuthorityHost, graph.TenantId!, graph.ClientId!, graph.ClientSecret!, sp.GetService<IMsalHttpClientFactory>()),
            graph.BaseUrl.ToString(),
            GraphClients.Http(sp.GetRequiredService<GraphTime>().WindowsZone),
            sp.GetRequiredService<MeetingStore>(),
            sp.GetRequiredService<SlotFinder>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<GraphTime>());

    internal static TokenCredential Credential(GraphCalendarOptions graph) =>
        !string.IsNullOrEmpty(graph.ClientSecret) ? new ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret)
        : !string.IsNullOrEmpty(graph.ClientId) ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(graph.ClientId))
        : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
}
