using System.Globalization;

namespace OzaBot.BotFramework.State;

/// <summary>
/// An in-process <see cref="IStorage"/> for tests and local runs: thread-safe, with the same ETag
/// rules as the durable stores. Nothing survives the process.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_gate)
        {
            return Task.FromResult(_items.GetValueOrDefault(key));
        }
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        lock (_gate)
        {
            var exists = _items.TryGetValue(key, out var current);
            var allowed = eTag switch
            {
                null => !exists,
                "*" => true,
                _ => exists && string.Equals(current!.ETag, eTag, StringComparison.Ordinal),
            };
            if (!allowed)
            {
                return Task.FromException<string>(StorageConflictException.For(key));
            }

            var newETag = (++_version).ToString(CultureInfo.InvariantCulture);
            _items[key] = new StoreItem(key, json, newETag);
            return Task.FromResult(newETag);
        }
    }

    public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_gate)
        {
            if (eTag is not (null or "*")
                && !(_items.TryGetValue(key, out var current) && string.Equals(current.ETag, eTag, StringComparison.Ordinal)))
            {
                return Task.FromException(StorageConflictException.For(key));
            }

            _items.Remove(key);
            return Task.CompletedTask;
        }
    }
}
