using Microsoft.Extensions.Diagnostics.HealthChecks;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Host.Health;

/// <summary>Where the store is, for messages: the SQLite file, the Azure table, or memory (never a secret).</summary>
internal sealed record StoreDescription(string Location, string Remedy);

/// <summary>
/// The store is reachable and writable: a probe document is written and deleted, and the case table is
/// queried. The services are resolved here, not injected, so a store that cannot even be opened (a folder
/// that cannot be created) is reported with its location like any other failure.
/// </summary>
internal sealed class StoreReadinessCheck(IServiceProvider services, StoreDescription store) : IHealthCheck
{
    private const string ProbeTenant = "readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probeKey = "probes/" + Guid.NewGuid().ToString("N");
        try
        {
            var storage = services.GetRequiredService<IStorage>();
            await storage.WriteAsync(probeKey, "{}", "*", cancellationToken);
            await storage.DeleteAsync(probeKey, "*", cancellationToken);
            await services.GetRequiredService<ICaseRepository>().CountAsync(ProbeTenant, cancellationToken);
            return HealthCheckResult.Healthy(store.Location);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{store.Location} is not reachable and writable ({e.GetType().Name}: {e.Message}). {store.Remedy}", e);
        }
    }
}

/// <summary>The process content (with a region's variant, validated) and the card templates are loaded.</summary>
internal sealed class ContentReadinessCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var steps = services.GetRequiredService<ProcessCatalogue>().OzaSteps.Count;
        var cards = services.GetRequiredService<CardTemplateLibrary>().Names.Count;
        return Task.FromResult(steps > 0 && cards > 0
            ? HealthCheckResult.Healthy($"{steps} OZA steps, {cards} card templates")
            : HealthCheckResult.Unhealthy($"content incomplete: {steps} OZA steps, {cards} card templates"));
    }
}

/// <summary>The configured calendar (Local or Graph) can be created from its validated options.</summary>
internal sealed class CalendarReadinessCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(services.GetRequiredService<ICalendarService>().GetType().Name));
}
