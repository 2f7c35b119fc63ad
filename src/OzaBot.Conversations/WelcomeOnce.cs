using System.Collections.Concurrent;

namespace OzaBot.Conversations;

/// <summary>
/// Remembers for a few minutes which conversations were just welcomed, so the pair of install events
/// Teams sends produces one welcome. Bounded: entries older than the window are dropped as new ones arrive.
/// </summary>
internal sealed class WelcomeOnce(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _recent = new(StringComparer.Ordinal);

    public bool TryClaim(string? conversationId)
    {
        if (conversationId is null)
        {
            return true;
        }

        var now = time.GetUtcNow();
        foreach (var (id, at) in _recent)
        {
            if (now - at > Window)
            {
                _recent.TryRemove(id, out _);
            }
        }

        return _recent.TryAdd(conversationId, now);
    }
}
