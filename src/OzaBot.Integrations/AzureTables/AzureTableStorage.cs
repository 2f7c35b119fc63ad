using Azure;
using Azure.Data.Tables;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// <see cref="IStorage"/> on Azure Table storage through Azure.Data.Tables: one entity per document (see
/// <see cref="StoredDocument"/>), keys encoded by <see cref="TableKeyCodec"/>, ETags straight from the
/// service. Several bot instances can share the table: every change is conditional (create-only,
/// If-Match) unless the caller says <c>*</c>. The table is created on first use.
/// </summary>
internal sealed class AzureTableStorage(TableClient table) : IStorage
{
    private readonly TableOnce _ready = new(table);

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await _ready.EnsureAsync(cancellationToken);
        var response = await AzureTableCalls.RunAsync(key, () => table.GetEntityIfExistsAsync<TableEntity>(TableKeyCodec.PartitionFor(key), TableKeyCodec.Encode(key), cancellationToken: cancellationToken));
        return response.HasValue && StoredDocument.FromEntity(key, response.Value!) is { } json
            ? new StoreItem(key, json, response.Value!.ETag.ToString())
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

        await _ready.EnsureAsync(cancellationToken);
        var response = await AzureTableCalls.RunAsync(key, async () => eTag switch
        {
            null => await table.AddEntityAsync(entity, cancellationToken),
            "*" => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken),
            _ => await UpdateIfMatchAsync(entity, eTag, key, cancellationToken),
        });
        return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The Table service answered a write without an ETag.");
    }

    public async Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var conditional = eTag is not (null or "*");
        if (conditional && !IsEntityTag(eTag!))
        {
            throw StorageConflictException.For(key);
        }

        await _ready.EnsureAsync(cancellationToken);
        var response = await AzureTableCalls.RunAsync(key, () => table.DeleteEntityAsync(TableKeyCodec.PartitionFor(key), TableKeyCodec.Encode(key), conditional ? new ETag(eTag!) : ETag.All, cancellationToken));

        // The SDK answers a missing entity with 404 instead of throwing; with an expected ETag that is a conflict.
        if (conditional && response.Status == 404)
        {
            throw StorageConflictException.For(key);
        }
    }

    // A replace with If-Match on a missing entity is 404 in the service: for IStorage that is a conflict too.
    private async Task<Response> UpdateIfMatchAsync(TableEntity entity, string eTag, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await table.UpdateEntityAsync(entity, new ETag(eTag), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new StorageConflictException(StorageConflictException.For(key).Message, e);
        }
    }

    // The service only issues quoted entity tags (W/"…"); anything else can never match a stored
    // version, and Azure answers a malformed If-Match with 400 rather than 412.
    private static bool IsEntityTag(string eTag) =>
        eTag.Length >= 2 && eTag.EndsWith('"') && (eTag.StartsWith('"') || eTag.StartsWith("W/\"", StringComparison.Ordinal));
}
