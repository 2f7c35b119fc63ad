namespace OzaBot.BotFramework.State;

/// <summary>
/// Durable JSON documents by key, each with an ETag for optimistic concurrency.
/// Every store (memory, SQLite, Azure Tables) passes the same contract suite.
/// </summary>
/// <remarks>
/// ETag rules for <see cref="WriteAsync"/>: <c>null</c> = create only (conflict if the key exists);
/// <c>"*"</c> = create or overwrite; any other value = If-Match (conflict unless the stored ETag is equal).
/// <see cref="DeleteAsync"/>: <c>null</c> or <c>"*"</c> = unconditional (a missing key is fine);
/// any other value = If-Match (conflict when missing or different).
/// </remarks>
public interface IStorage
{
    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <returns>The new ETag.</returns>
    Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default);
}

/// <summary>A stored document: its key, its JSON text and the ETag of this version.</summary>
public sealed record StoreItem(string Key, string Json, string ETag);

/// <summary>The one exception every store throws when an ETag precondition fails.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static StorageConflictException For(string key) =>
        new($"The document '{key}' was changed by someone else (ETag mismatch).");
}
