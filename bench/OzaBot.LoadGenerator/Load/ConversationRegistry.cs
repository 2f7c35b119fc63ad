using System.Collections.Concurrent;

namespace OzaBot.LoadGenerator.Load;

/// <summary>The conversations being played, by id, so the Connector stand-in can hand each reply to its turn.</summary>
internal sealed class ConversationRegistry
{
    private readonly ConcurrentDictionary<string, Slot> _open = new(StringComparer.Ordinal);
    private long _stray;

    /// <summary>Replies for a conversation with no turn waiting (late, extra, or after the conversation ended).</summary>
    public long Stray => Interlocked.Read(ref _stray);

    public void Open(string conversationId) => _open[conversationId] = new Slot();

    public void Close(string conversationId) => _open.TryRemove(conversationId, out _);

    public void Begin(string conversationId, TurnProbe probe) => _open[conversationId].Probe = probe;

    public void End(string conversationId) => _open[conversationId].Probe = null;

    public void Deliver(string conversationId, Reply reply)
    {
        if (_open.TryGetValue(conversationId, out var slot) && Volatile.Read(ref slot.Probe) is { } probe)
        {
            probe.Add(reply);
        }
        else if (!reply.IsTyping)
        {
            Interlocked.Increment(ref _stray);
        }
    }

    private sealed class Slot
    {
        public TurnProbe? Probe;
    }
}
