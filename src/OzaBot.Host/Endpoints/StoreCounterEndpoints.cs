using OzaBot.Integrations.Diagnostics;

namespace OzaBot.Host.Endpoints;

/// <summary>
/// <c>GET /debug/store-counters</c>: the store's read and write counts since start, for the benchmark. Mapped
/// only in development mode (<c>Bot:AllowUnauthenticated</c>, which is refused unless every URL is loopback).
/// </summary>
internal static class StoreCounterEndpoints
{
    public const string Route = "/debug/store-counters";

    public static IEndpointRouteBuilder MapStoreCounters(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (StoreCounters counters) => Results.Json(counters.Snapshot()))
            .WithName("StoreCounters")
            .ExcludeFromDescription();
        return endpoints;
    }
}
