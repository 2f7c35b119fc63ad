using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// <see cref="IStorage"/> on Azure Table storage: one entity per document (see <see cref="StoredDocument"/>),
/// keys encoded by <see cref="TableKeyCodec"/>, ETags straight from the service. Several bot instances
/// can share the table: every change is conditional (create-only, If-Match) unless the caller says <c>*</c>.
/// The table is created on first use.
/// </summary>
internal sealed class AzureTableStorage(TableRestClient client) : IStorage, IDisposable
{
    private readonly Lock _gate = new();
    private Task? _tableReady;

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await EnsureTableAsync(cancellationToken);
        var entity = await client.GetEntityAsync(TableKeyCodec.PartitionFor(key), TableKeyCodec.Encode(key), cancellationToken);
        return entity is not null && StoredDocument.FromEntity(key, entity) is { } json
            ? new StoreItem(key, json, entity.ETag ?? throw new InvalidOperationException("The Table service returned an entity without an ETag."))
            : null;
    }

    public async Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var entity = StoredDocument.ToEntity(key, json);
        if (eTag is not (null or "*") && !IsEntityTag(eTag))
        {
            throw StorageConflictException.For(key);
        }

        await EnsureTableAsync(cancellationToken);
        try
        {
            return eTag switch
            {
                null => await client.InsertEntityAsync(entity, cancellationToken),
                "*" => await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken),
                _ => await client.UpdateEntityAsync(entity, eTag, TableUpdateMode.Replace, cancellationToken),
            };
        }
        catch (StorageConflictException e)
        {
            throw new StorageConflictException(StorageConflictException.For(key).Message, e);
        }
    }

    public async Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await EnsureTableAsync(cancellationToken);
        var conditional = eTag is not (null or "*");
        if (conditional && !IsEntityTag(eTag!))
        {
            throw StorageConflictException.For(key);
        }

        bool deleted;
        try
        {
            deleted = await client.DeleteEntityAsync(TableKeyCodec.PartitionFor(key), TableKeyCodec.Encode(key), eTag ?? "*", cancellationToken);
        }
        catch (StorageConflictException e)
        {
            throw new StorageConflictException(StorageConflictException.For(key).Message, e);
        }

        if (conditional && !deleted)
        {
            throw StorageConflictException.For(key);
        }
    }

    public void Dispose() => client.Dispose();

    // The service only issues quoted entity tags (W/"…"); anything else can never match a stored
    // version, and Azure answers a malformed If-Match with 400 rather than 412.
    private static bool IsEntityTag(string eTag) =>
        eTag.Length >= 2 && eTag.EndsWith('"') && (eTag.StartsWith('"') || eTag.StartsWith("W/\"", StringComparison.Ordinal));

    // One creation attempt shared by all callers; a failed attempt is retried by the next call.
    private Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_tableReady is null || _tableReady.IsFaulted || _tableReady.IsCanceled)
            {
                _tableReady = client.CreateTableIfNotExistsAsync(CancellationToken.None);
            }

            return _tableReady.WaitAsync(cancellationToken);
        }
    }
}
