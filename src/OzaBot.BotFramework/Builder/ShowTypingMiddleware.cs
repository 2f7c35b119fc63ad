using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>Shows "typing…" when a message turn takes longer than <see cref="Delay"/>, repeating every <see cref="Period"/>.</summary>
/// <remarks>
/// One timer for all turns in flight, ticking every <see cref="Tick"/> while there are any, instead of a timer per turn:
/// nearly every turn ends within milliseconds, and starting and cancelling a timer for each cost more than the rest of
/// the middleware. A turn therefore shows typing between <see cref="Delay"/> and <see cref="Delay"/> + <see cref="Tick"/>.
/// </remarks>
public sealed class ShowTypingMiddleware : IMiddleware
{
    /// <summary>How often the turns in flight are looked at.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _time;
    private readonly HashSet<TurnInFlight> _turns = [];
    private readonly Lock _turnsGate = new();
    private readonly ITimer _timer;

    public ShowTypingMiddleware(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _timer = time.CreateTimer(static state => ((ShowTypingMiddleware)state!).SendDueTyping(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

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

        var turn = new TurnInFlight(turnContext, _time.GetUtcNow() + Delay, cancellationToken);
        Follow(turn);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            Forget(turn);

            // No typing indicator may follow the turn's last message: wait for one on its way.
            await turn.StopAsync();
        }
    }

    // The timer runs only while a message turn is in flight.
    private void Follow(TurnInFlight turn)
    {
        lock (_turnsGate)
        {
            _turns.Add(turn);
            if (_turns.Count == 1)
            {
                _timer.Change(Tick, Tick);
            }
        }
    }

    private void Forget(TurnInFlight turn)
    {
        lock (_turnsGate)
        {
            _turns.Remove(turn);
            if (_turns.Count == 0)
            {
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void SendDueTyping()
    {
        TurnInFlight[] turns;
        lock (_turnsGate)
        {
            turns = [.. _turns];
        }

        var now = _time.GetUtcNow();
        foreach (var turn in turns)
        {
            turn.SendTypingIfDue(now, Period);
        }
    }

    private sealed class TurnInFlight(ITurnContext context, DateTimeOffset firstDue, CancellationToken cancellationToken)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _due = firstDue;
        private Task _sending = Task.CompletedTask;
        private bool _stopped;

        public void SendTypingIfDue(DateTimeOffset now, TimeSpan period)
        {
            lock (_gate)
            {
                if (_stopped || now < _due || !_sending.IsCompleted)
                {
                    return;
                }

                _due = now + period;
                _sending = SendTypingAsync();
            }
        }

        public Task StopAsync()
        {
            lock (_gate)
            {
                _stopped = true;
                return _sending;
            }
        }

        private async Task SendTypingAsync()
        {
            try
            {
                await context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
            }
#pragma warning disable CA1031 // A failed typing indicator must never fail the turn itself.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
