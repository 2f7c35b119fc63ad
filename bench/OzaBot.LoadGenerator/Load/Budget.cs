using System.Diagnostics;

namespace OzaBot.LoadGenerator.Load;

/// <summary>Bounds a run: at most so many turns, so many new conversations, and nothing new after the deadline.</summary>
internal sealed class Budget(long maxTurns, long maxConversations, TimeSpan duration)
{
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    private long _turns;
    private long _conversations;

    public bool TryStartConversation() =>
        Stopwatch.GetTimestamp() < _deadline && Interlocked.Increment(ref _conversations) <= maxConversations;

    public bool TryTakeTurn() =>
        Stopwatch.GetTimestamp() < _deadline && Interlocked.Increment(ref _turns) <= maxTurns;
}
