using System.Collections.Concurrent;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// Teams re-sends an activity when the bot is slow (~15 s). Remembers recent activity ids per
/// conversation for <see cref="Window"/>, so a re-sent activity is processed once. Bounded in memory.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the dictionary: on the hot path we keep our own count.
    private int _count;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>True the first time an activity is seen; false for a re-delivery.</summary>
    public bool TryBegin(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var now = time.GetUtcNow();
        var key = string.Concat(activity.ChannelId, "|", activity.Conversation?.Id, "|", activity.Id);
        if (Volatile.Read(ref _count) >= MaxEntries)
        {
            Purge(now);
        }

        while (true)
        {
            if (_seen.TryAdd(key, now))
            {
                Interlocked.Increment(ref _count);
                return true;
            }

            if (_seen.TryGetValue(key, out var seenAt) && now - seenAt < Window)
            {
                return false;
            }

            // Expired entry: replace it atomically, or lose the race to a concurrent re-delivery.
            if (_seen.TryUpdate(key, now, seenAt))
            {
                return true;
            }
        }
    }

    private void Purge(DateTimeOffset now)
    {
        foreach (var (key, seenAt) in _seen)
        {
            if (now - seenAt >= Window && _seen.TryRemove(key, out _))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        // Still full of fresh ids (a flood): forget the oldest half rather than grow without bound.
        if (Volatile.Read(ref _count) >= MaxEntries)
        {
            foreach (var key in _seen.OrderBy(e => e.Value).Take(MaxEntries / 2).Select(e => e.Key).ToList())
            {
                if (_seen.TryRemove(key, out _))
                {
                    Interlocked.Decrement(ref _count);
                }
            }
        }
    }
}
