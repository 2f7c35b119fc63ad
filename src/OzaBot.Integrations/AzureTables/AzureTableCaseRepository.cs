using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// <see cref="ICaseRepository"/> on Azure Table storage. One partition per tenant (so a tenant's case and
/// its index entities share one transactional batch, and a tenant's queries stay in its partition):
/// <list type="bullet">
/// <item>the case: RowKey <c>c_{code}</c>, the <see cref="StoredCaseJson"/> document as a
/// <see cref="StoredDocument"/>, and <c>Index</c>, the RowKeys of its index entities;</item>
/// <item>one index entity per <see cref="CaseIndex"/> entry: RowKey <c>i_{kind}_{value}_{code}</c> with
/// <c>Tenant</c>, <c>Kind</c>, <c>Value</c> and <c>Code</c>. Times sort as text, so "due between" and
/// "closed before" are RowKey ranges.</item>
/// </list>
/// A save writes the case (If-Match, or add-only for a new case) and exactly the index entities that
/// changed in one batch: all or nothing.
/// </summary>
internal sealed class AzureTableCaseRepository : ICaseRepository
{
    private const string CasePrefix = "c_";
    private const string IndexPrefix = "i_";
    private const string DeletionPrefix = "d_";
    private const string AggregatePrefix = "a_";
    private const string JsonProperty = "Json";
    private const string IndexProperty = "Index";
    private const int MaxBatch = 100;

    private readonly TableClient _cases;
    private readonly TableOnce _ready;

    /// <param name="cases">The cases table.</param>
    /// <param name="state">The conversation-state table, where earlier versions kept cases as <c>cases/{code}</c> documents: they are moved on first use.</param>
    public AzureTableCaseRepository(TableClient cases, TableClient state)
    {
        _cases = cases;
        _ready = new TableOnce(cases, ct => MigrateLegacyCasesAsync(state, ct));
    }

    public async Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        await _ready.EnsureAsync(cancellationToken);
        var entity = await ReadCaseAsync(key, cancellationToken);
        return entity is null || StoredDocument.FromEntity(key.Code, entity) is not { } json ? null : StoredCaseJson.Deserialize(json, entity.ETag.ToString());
    }

    public async Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await _ready.EnsureAsync(cancellationToken);
        var old = stored.ETag is null ? [] : IndexOf(await ReadExpectedAsync(stored, cancellationToken));
        return await WriteAsync(stored, old, cancellationToken);
    }

    /// <summary>The case (If-Match its ETag, or add-only) and the index entities that differ from <paramref name="old"/>, in one batch.</summary>
    private async Task<StoredCase> WriteAsync(StoredCase stored, HashSet<string> old, CancellationToken cancellationToken)
    {
        var rows = CaseIndex.Entries(stored).ToDictionary(e => IndexRowKey(e.Kind, e.Value, stored.Code), e => e, StringComparer.Ordinal);
        var entity = StoredDocument.ToEntity(Partition(stored.Key.TenantId), CaseRowKey(stored.Code), stored.Code, StoredCaseJson.Serialize(stored));
        entity[IndexProperty] = string.Join('\n', rows.Keys);

        var batch = new List<TableTransactionAction>
        {
            stored.ETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(stored.ETag)),
        };
        batch.AddRange(old.Where(k => !rows.ContainsKey(k)).Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(entity.PartitionKey, k), ETag.All)));
        batch.AddRange(rows.Where(r => !old.Contains(r.Key)).Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntity(stored.Key, r.Key, r.Value))));
        var response = await SubmitAsync(stored.Key, batch, cancellationToken);
        return stored with { ETag = response[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("The Table service answered a batch without an ETag.") };
    }

    public async Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(deletion);
        await _ready.EnsureAsync(cancellationToken);
        var current = await ReadExpectedAsync(stored, cancellationToken);
        var batch = new List<TableTransactionAction> { new(TableTransactionActionType.Delete, current, current.ETag) };
        batch.AddRange(IndexOf(current).Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(current.PartitionKey, k), ETag.All)));
        batch.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(current.PartitionKey, DeletionPrefix + CaseDeletion.CodeHash(stored.Key))
        {
            [JsonProperty] = JsonSerializer.Serialize(deletion, CaseJsonContext.Default.CaseDeletion),
        }));
        batch.Add(new(TableTransactionActionType.Add, new TableEntity(current.PartitionKey, AggregatePrefix + Guid.NewGuid().ToString("N"))
        {
            [JsonProperty] = JsonSerializer.Serialize(CaseAggregate.From(stored, deletion.At), CaseJsonContext.Default.CaseAggregate),
        }));
        await SubmitAsync(stored.Key, batch, cancellationToken);
    }

    public async Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        await _ready.EnsureAsync(cancellationToken);
        var response = await AzureTableCalls.RunAsync(key.ToString(), () => _cases.GetEntityIfExistsAsync<TableEntity>(Partition(key.TenantId), DeletionPrefix + CaseDeletion.CodeHash(key), cancellationToken: cancellationToken));
        return response.HasValue ? JsonSerializer.Deserialize(response.Value!.GetString(JsonProperty), CaseJsonContext.Default.CaseDeletion) : null;
    }

    public async Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId)} and RowKey ge {AggregatePrefix} and RowKey lt {UpperBound(AggregatePrefix)}");
        return [.. (await QueryAsync(filter, cancellationToken)).Select(e => JsonSerializer.Deserialize(e.GetString(JsonProperty), CaseJsonContext.Default.CaseAggregate)!)];
    }

    public async Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId)} and RowKey ge {IndexPrefix} and RowKey lt {UpperBound(IndexPrefix)} and Kind eq {CaseIndex.Conversation} and Value eq {conversationId}");
        var codes = (await QueryAsync(filter, cancellationToken)).Select(e => e.GetString("Code")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return await LoadAllAsync(tenantId, codes, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId)} and RowKey ge {CasePrefix} and RowKey lt {UpperBound(CasePrefix)}");
        return [.. (await QueryAsync(filter, cancellationToken))
            .Select(e => StoredDocument.FromEntity(e.GetString(StoredDocument.KeyProperty), e) is { } json ? StoredCaseJson.Deserialize(json, e.ETag.ToString()) : null)
            .OfType<StoredCase>()
            .OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var prefix = IndexPrefix + CaseIndex.Due(kind) + "_";
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix + CaseIndex.Time(from)} and RowKey lt {prefix + CaseIndex.Time(to)}");
        return [.. (await QueryAsync(filter, cancellationToken))
            .Select(e => new CaseDue(new CaseKey(e.GetString("Tenant"), e.GetString("Code")), kind, CaseIndex.ParseTime(e.GetString("Value"))))
            .OrderBy(d => d.At).ThenBy(d => d.Key.Code, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var prefix = IndexPrefix + CaseIndex.Closed + "_";
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {prefix + CaseIndex.Time(before)}");
        return [.. (await QueryAsync(filter, cancellationToken)).Select(e => new CaseKey(e.GetString("Tenant"), e.GetString("Code")))];
    }

    public async Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId)} and RowKey ge {IndexPrefix} and RowKey lt {UpperBound(IndexPrefix)}");
        return CaseIndex.Count((await QueryAsync(filter, cancellationToken)).Select(e => (e.GetString("Kind"), e.GetString("Value"))));
    }

    private static string Partition(string tenantId) => TableKeyCodec.Encode(tenantId);

    private static string CaseRowKey(string code) => CasePrefix + TableKeyCodec.Encode(code);

    // The code comes last and holds no '_' once encoded... unless the code itself has one; the Code property is what is read back.
    private static string IndexRowKey(string kind, string value, string code) => $"{IndexPrefix}{kind}_{TableKeyCodec.Encode(value)}_{TableKeyCodec.Encode(code)}";

    /// <summary>The first string after every string that starts with <paramref name="prefix"/>.</summary>
    private static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static TableEntity IndexEntity(CaseKey key, string rowKey, (string Kind, string Value) entry) => new(Partition(key.TenantId), rowKey)
    {
        ["Tenant"] = key.TenantId,
        ["Kind"] = entry.Kind,
        ["Value"] = entry.Value,
        ["Code"] = key.Code,
    };

    private static HashSet<string> IndexOf(TableEntity entity) =>
        entity.GetString(IndexProperty) is { Length: > 0 } index ? [.. index.Split('\n')] : [];

    private async Task<TableEntity?> ReadCaseAsync(CaseKey key, CancellationToken cancellationToken)
    {
        var response = await AzureTableCalls.RunAsync(key.ToString(), () => _cases.GetEntityIfExistsAsync<TableEntity>(Partition(key.TenantId), CaseRowKey(key.Code), cancellationToken: cancellationToken));
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The stored case entity, if it is still the version the caller read; otherwise a conflict.</summary>
    private async Task<TableEntity> ReadExpectedAsync(StoredCase stored, CancellationToken cancellationToken) =>
        await ReadCaseAsync(stored.Key, cancellationToken) is { } current && current.ETag.ToString() == stored.ETag
            ? current
            : throw StorageConflictException.For(stored.Key.ToString());

    private async Task<IReadOnlyList<Response>> SubmitAsync(CaseKey key, List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        if (batch.Count > MaxBatch)
        {
            throw new InvalidOperationException($"Case {key} would change {batch.Count} entities at once; one Azure Table batch holds at most {MaxBatch}.");
        }

        return (await AzureTableCalls.RunAsync(key.ToString(), () => _cases.SubmitTransactionAsync(batch, cancellationToken))).Value;
    }

    private async Task<List<TableEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync(cancellationToken);
        return await QueryAsync(_cases, filter, cancellationToken);
    }

    private static Task<List<TableEntity>> QueryAsync(TableClient table, string filter, CancellationToken cancellationToken) =>
        AzureTableCalls.RunAsync(table.Name, async () =>
        {
            var entities = new List<TableEntity>();
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                entities.Add(entity);
            }

            return entities;
        });

    private async Task<IReadOnlyList<StoredCase>> LoadAllAsync(string tenantId, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var found = new List<StoredCase>();
        foreach (var code in codes)
        {
            if (await LoadAsync(new CaseKey(tenantId, code), cancellationToken) is { } stored)
            {
                found.Add(stored);
            }
        }

        return found;
    }

    /// <summary>
    /// Moves cases that earlier versions kept as <c>cases/{code}</c> documents in the state table (same JSON)
    /// here, then deletes the document. Several instances may do this at once: a case already moved is a conflict, skipped.
    /// </summary>
    private async Task MigrateLegacyCasesAsync(TableClient state, CancellationToken cancellationToken)
    {
        await AzureTableCalls.RunAsync(state.Name, () => state.CreateIfNotExistsAsync(cancellationToken));
        var legacyPrefix = TableKeyCodec.Encode("cases/");
        var filter = TableClient.CreateQueryFilter($"RowKey ge {legacyPrefix} and RowKey lt {UpperBound(legacyPrefix)}");
        foreach (var document in await QueryAsync(state, filter, cancellationToken))
        {
            var key = document.GetString(StoredDocument.KeyProperty);
            if (StoredDocument.FromEntity(key, document) is { } json)
            {
                try
                {
                    await WriteAsync(StoredCaseJson.Deserialize(json, null), [], cancellationToken);
                }
                catch (StorageConflictException)
                {
                    // Moved already (by another instance).
                }
            }

            await AzureTableCalls.RunAsync(key, () => state.DeleteEntityAsync(document.PartitionKey, document.RowKey, ETag.All, cancellationToken));
        }
    }
}
