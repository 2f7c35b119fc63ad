using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Diagnostics;

/// <summary>Counts the calls that reach the conversation-state store (<see cref="StoreCounters"/>) and traces each (<see cref="IntegrationsTelemetry"/>).</summary>
public sealed class CountedStorage(IStorage inner, StoreCounters counters) : IStorage, IDisposable
{
    private const string Store = "state";

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        counters.StateRead();
        return IntegrationsTelemetry.StoreCallAsync(Store, "read", () => inner.ReadAsync(key, cancellationToken));
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        counters.StateWrite();
        return IntegrationsTelemetry.StoreCallAsync(Store, "write", () => inner.WriteAsync(key, json, eTag, cancellationToken));
    }

    public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        counters.StateWrite();
        return IntegrationsTelemetry.StoreCallAsync(Store, "delete", () => inner.DeleteAsync(key, eTag, cancellationToken));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
