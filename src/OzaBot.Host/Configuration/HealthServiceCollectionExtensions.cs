using Microsoft.Extensions.Diagnostics.HealthChecks;
using OzaBot.Host.Health;

namespace OzaBot.Host.Configuration;

internal static class HealthServiceCollectionExtensions
{
    private const string Ready = "ready";

    /// <summary>Each readiness check may take this long (the store's own retries included) before it counts as failed.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    public static bool IsReadinessCheck(HealthCheckRegistration registration) => registration.Tags.Contains(Ready);

    /// <summary>The readiness checks behind <c>/readyz</c> (store, content, calendar), also run once at start-up.</summary>
    public static IServiceCollection AddOzaBotHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreReadinessCheck>("store", tags: [Ready], timeout: CheckTimeout)
            .AddCheck<ContentReadinessCheck>("content", tags: [Ready], timeout: CheckTimeout)
            .AddCheck<CalendarReadinessCheck>("calendar", tags: [Ready], timeout: CheckTimeout);
        services.AddHostedService<ReadinessAtStartup>();
        return services;
    }
}
