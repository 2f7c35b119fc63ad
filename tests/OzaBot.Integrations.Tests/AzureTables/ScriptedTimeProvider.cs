namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>
/// Fake time: a settable clock, and timers (the retry backoff's Task.Delay) that either fire at once
/// or never, recording every requested delay so tests can check the backoff without waiting.
/// </summary>
internal sealed class ScriptedTimeProvider(DateTimeOffset now, bool timersFireAtOnce = true) : TimeProvider
{
    private readonly List<TimeSpan> _delays = [];

    public DateTimeOffset Now { get; set; } = now;

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        if (timersFireAtOnce && dueTime != Timeout.InfiniteTimeSpan)
        {
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
