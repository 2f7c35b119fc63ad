using OzaBot.Conversations.Reminders;
using OzaBot.Domain.Reminders;
using OzaBot.Integrations.Diagnostics;
using OzaBot.Integrations.Retention;

namespace OzaBot.Host.Background;

/// <summary>
/// Looks for due reminders every <c>Reminders:IntervalSeconds</c> (on the host's <see cref="TimeProvider"/>), under
/// the store lease <c>leases/reminders</c>: of several instances one sends at a time, and the holder keeps the
/// lease while it runs (each pass renews it). A failed pass is logged and tried again at the next tick.
/// </summary>
internal sealed partial class ReminderService(IServiceProvider services, ReminderOptions options, TimeProvider time, ILogger<ReminderService> logger) : BackgroundService
{
    /// <summary>How long one pass may hold the lease before another instance may take over.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pass = services.GetRequiredService<ReminderPass>();
        var lease = services.GetRequiredKeyedService<StoreLease>(nameof(ReminderService));
        using var timer = new PeriodicTimer(options.Interval, time);
        do
        {
            try
            {
                if (await lease.TryAcquireAsync(LeaseDuration, stoppingToken))
                {
                    foreach (var kind in await pass.RunAsync(stoppingToken))
                    {
                        IntegrationsTelemetry.RemindersSent.Add(1, new KeyValuePair<string, object?>(IntegrationsTelemetry.ReminderKindTag, kind.ToString()));
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder pass failed ({Error}); trying again at the next tick.")]
    private static partial void LogFailed(ILogger logger, string error);
}
