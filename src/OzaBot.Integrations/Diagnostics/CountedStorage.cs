using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Diagnostics;

/// <summary>Counts the calls that reach the conversation-state store (<see cref="StoreCounters"/>).</summary>
public sealed class CountedStorage(IStorage inner, StoreCounters counters) : IStorage, IDisposable
{
    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        counters.StateRead();
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        counters.StateWrite();
        return inner.WriteAsync(key, json, eTag, cancellationToken);
    }

    public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        counters.StateWrite();
        return inner.DeleteAsync(key, eTag, cancellationToken);
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
