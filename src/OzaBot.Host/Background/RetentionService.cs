using OzaBot.Integrations.Retention;

namespace OzaBot.Host.Background;

/// <summary>Runs a retention pass every hour (on the host's <see cref="TimeProvider"/>); a failed pass is logged and tried again at the next tick.</summary>
/// <remarks>
/// The purger (and with it the store) is resolved when the job starts, not when the host collects its hosted
/// services, so a store that cannot be opened is reported by the start-up readiness check that runs first.
/// </remarks>
internal sealed partial class RetentionService(IServiceProvider services, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var purger = services.GetRequiredService<CasePurger>();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await purger.PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention pass failed ({Error}); trying again in an hour.")]
    private static partial void LogFailed(ILogger logger, string error);
}
