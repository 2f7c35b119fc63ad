using Microsoft.Extensions.Diagnostics.HealthChecks;
using OzaBot.Host.Configuration;

namespace OzaBot.Host.Health;

/// <summary>
/// Runs the readiness checks once before the host starts listening, so a store it cannot write (an SQLite
/// file or folder without write access), broken content or an unusable calendar stop start-up with a clear
/// message instead of an apology on every turn.
/// </summary>
internal sealed class ReadinessAtStartup(HealthCheckService health) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(HealthServiceCollectionExtensions.IsReadinessCheck, cancellationToken);
        var failed = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Exception?.Message}")
            .ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException("OzaBot cannot start. " + string.Join(" ", failed));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
