using System.Diagnostics;

namespace OzaBot.LoadGenerator.Load;

/// <summary>
/// Bounds a run: at most so many turns, so many new conversations, and nothing new after the deadline.
/// A spent bound stays spent, so no virtual user spins on starting empty conversations; running out of new
/// conversations still lets the started ones finish.
/// </summary>
internal sealed class Budget(long maxTurns, long maxConversations, TimeSpan duration)
{
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    private long _turns;
    private long _conversations;
    private int _turnsSpent;
    private int _conversationsSpent;

    public bool TryStartConversation() =>
        Volatile.Read(ref _turnsSpent) == 0 && Take(ref _conversations, maxConversations, ref _conversationsSpent);

    public bool TryTakeTurn() => Take(ref _turns, maxTurns, ref _turnsSpent);

    private bool Take(ref long counter, long max, ref int spent)
    {
        if (Volatile.Read(ref spent) == 1 || Stopwatch.GetTimestamp() >= _deadline || Interlocked.Increment(ref counter) > max)
        {
            Volatile.Write(ref spent, 1);
            return false;
        }

        return true;
    }
}
