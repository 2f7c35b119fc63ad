using OzaBot.Integrations.Retention;

namespace OzaBot.Host.Background;

/// <summary>Runs a retention pass every hour (on the host's <see cref="TimeProvider"/>); a failed pass is logged and tried again at the next tick.</summary>
internal sealed partial class RetentionService(CasePurger purger, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
