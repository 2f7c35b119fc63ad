using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>Shows "typing…" when a message turn takes longer than <see cref="Delay"/>, repeating every <see cref="Period"/>.</summary>
public sealed class ShowTypingMiddleware(TimeProvider time) : IMiddleware
{
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(600);

    /// <summary>Senders should not send typing more often than every 2–3 s (activity spec).</summary>
    public TimeSpan Period { get; init; } = TimeSpan.FromSeconds(2.5);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingAsync(turnContext, stop.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            // Cancel, not CancelAsync: the pending delay then ends right here, on this thread. CancelAsync queued that to
            // the thread pool, an extra hand-off (and a woken thread) on every message turn.
            stop.Cancel();
            await typing;
        }
    }

    private async Task SendTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Most turns end before the first delay: no exception is thrown for that normal case.
        try
        {
            await Task.Delay(Delay, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await Task.Delay(Period, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished while a typing indicator was being sent.
        }
#pragma warning disable CA1031 // A failed typing indicator must never fail the turn itself.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
