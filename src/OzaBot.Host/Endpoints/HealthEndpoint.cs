using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OzaBot.Host.Configuration;

namespace OzaBot.Host.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: the process is alive (no checks). <c>GET /readyz</c>: the store is reachable and
/// writable, the content is loaded and the calendar is configured (200 Healthy, otherwise 503 Unhealthy);
/// App Service's health check uses it. Neither says more than the status.
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = HealthServiceCollectionExtensions.IsReadinessCheck });
        return endpoints;
    }
}
