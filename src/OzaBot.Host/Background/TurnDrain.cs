using OzaBot.BotFramework.Builder;

namespace OzaBot.Host.Background;

/// <summary>
/// On shutdown (SIGTERM), after the server has stopped accepting requests and finished the ones in flight
/// (it is stopped first), waits for the turns still running in the background and their replies, until the
/// host's shutdown timeout (<c>Host:ShutdownTimeoutSeconds</c>) runs out.
/// </summary>
internal sealed partial class TurnDrain(RunningTurns turns, ILogger<TurnDrain> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (turns.Count == 0)
        {
            return;
        }

        LogWaiting(logger, turns.Count);
        try
        {
            await turns.WhenAllFinishedAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogCutOff(logger, turns.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: waiting for {Turns} turns still running")]
    private static partial void LogWaiting(ILogger logger, int turns);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout reached with {Turns} turns still running; they are cut off.")]
    private static partial void LogCutOff(ILogger logger, int turns);
}
