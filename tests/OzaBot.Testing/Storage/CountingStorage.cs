using OzaBot.BotFramework.State;

namespace OzaBot.Testing.Storage;

/// <summary>Wraps a real store and counts the calls (and conflicts) that reach it.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private int _reads;
    private int _writes;
    private int _deletes;
    private int _conflicts;

    public int Reads => Volatile.Read(ref _reads);

    public int Writes => Volatile.Read(ref _writes);

    public int Deletes => Volatile.Read(ref _deletes);

    public int Conflicts => Volatile.Read(ref _conflicts);

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return CountConflictsAsync(() => inner.WriteAsync(key, json, eTag, cancellationToken));
    }

    public async Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _deletes);
        await CountConflictsAsync(() => DeleteAndReturnAsync(key, eTag, cancellationToken));
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _deletes, 0);
        Interlocked.Exchange(ref _conflicts, 0);
    }

    private async Task<bool> DeleteAndReturnAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(key, eTag, cancellationToken);
        return true;
    }

    private async Task<T> CountConflictsAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (StorageConflictException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }
}
