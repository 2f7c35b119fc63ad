using System.Collections.Concurrent;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// The turns in flight on this instance (the <see cref="CloudAdapter"/> tracks each), including those that
/// finish in the background after their HTTP response, so that shutdown can wait for them and their replies
/// instead of cutting them off.
/// </summary>
public sealed class RunningTurns
{
    private readonly ConcurrentDictionary<Task, byte> _turns = new();

    public int Count => _turns.Count;

    internal Task Track(Task turn)
    {
        _turns.TryAdd(turn, 0);
        _ = turn.ContinueWith(finished => _turns.TryRemove(finished, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return turn;
    }

    /// <summary>
    /// Completes when no turn is running (also those started while waiting): for shutdown, after the server stopped
    /// accepting requests. Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires first.
    /// </summary>
    public async Task WhenAllFinishedAsync(CancellationToken cancellationToken)
    {
        while (!_turns.IsEmpty)
        {
            await Task.WhenAll(_turns.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
