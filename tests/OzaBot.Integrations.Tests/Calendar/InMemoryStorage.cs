using System.Collections.Concurrent;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Tests.Calendar;

/// <summary>
/// A minimal <see cref="IStorage"/> with the documented ETag rules, until the shared MemoryStorage is
/// merged. <see cref="ConflictOnceFor"/> makes the next write to that key fail as if someone else wrote first.
/// </summary>
internal sealed class InMemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, StoreItem> items = new();
    private long version;

    public string? ConflictOnceFor { get; set; }

    public string? AlwaysConflictFor { get; set; }

    public IReadOnlyCollection<string> Keys => [.. items.Keys];

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        lock (items)
        {
            if (ConflictOnceFor == key || AlwaysConflictFor == key)
            {
                ConflictOnceFor = null;
                throw StorageConflictException.For(key);
            }

            var exists = items.TryGetValue(key, out var current);
            if ((eTag is null && exists) || (eTag is not null and not "*" && current?.ETag != eTag))
            {
                throw StorageConflictException.For(key);
            }

            var next = new StoreItem(key, json, "v" + Interlocked.Increment(ref version));
            items[key] = next;
            return Task.FromResult(next.ETag);
        }
    }

    public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        lock (items)
        {
            if (eTag is not null and not "*" && (!items.TryGetValue(key, out var current) || current.ETag != eTag))
            {
                throw StorageConflictException.For(key);
            }

            items.TryRemove(key, out _);
            return Task.CompletedTask;
        }
    }
}
