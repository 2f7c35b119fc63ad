using System.Globalization;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.Memory;

/// <summary>
/// An in-process <see cref="ICaseRepository"/> for tests and the <c>Memory</c> provider: thread-safe,
/// with the same version rules and queries as the durable stores. Cases are kept as JSON, so a caller's
/// changes to a loaded case reach the store only through <see cref="SaveAsync"/>.
/// </summary>
public sealed class MemoryCaseRepository : ICaseRepository
{
    private readonly Dictionary<CaseKey, (string Json, string ETag, IReadOnlyList<(string Kind, string Value)> Entries)> _cases = [];
    private readonly Dictionary<string, CaseDeletion> _deletions = [];
    private readonly List<(string TenantId, CaseAggregate Aggregate)> _aggregates = [];
    private readonly Lock _gate = new();
    private long _version;

    public Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_cases.TryGetValue(key, out var row) ? StoredCaseJson.Deserialize(row.Json, row.ETag) : null);
        }
    }

    public Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        lock (_gate)
        {
            var exists = _cases.TryGetValue(stored.Key, out var current);
            if (stored.ETag is null ? exists : !exists || current.ETag != stored.ETag)
            {
                throw StorageConflictException.For(stored.Key.ToString());
            }

            var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
            _cases[stored.Key] = (StoredCaseJson.Serialize(stored), eTag, CaseIndex.Entries(stored));
            return Task.FromResult(stored with { ETag = eTag });
        }
    }

    public Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(deletion);
        lock (_gate)
        {
            if (!_cases.TryGetValue(stored.Key, out var current) || current.ETag != stored.ETag)
            {
                throw StorageConflictException.For(stored.Key.ToString());
            }

            _cases.Remove(stored.Key);
            _deletions[CaseDeletion.CodeHash(stored.Key)] = deletion;
            _aggregates.Add((stored.Key.TenantId, CaseAggregate.From(stored, deletion.At)));
            return Task.CompletedTask;
        }
    }

    public Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_deletions.GetValueOrDefault(CaseDeletion.CodeHash(key)));
        }
    }

    public Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<CaseAggregate> found = [.. _aggregates.Where(a => a.TenantId == tenantId).Select(a => a.Aggregate)];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Select(k => k.TenantId == tenantId, e => e.Contains((CaseIndex.Conversation, conversationId))));

    public Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Select(k => k.TenantId == tenantId, _ => true));

    public Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<CaseDue> due = [.. _cases
                .SelectMany(c => c.Value.Entries.Where(e => e.Kind == CaseIndex.Due(kind)).Select(e => new CaseDue(c.Key, kind, CaseIndex.ParseTime(e.Value))))
                .Where(d => d.At >= from && d.At < to)
                .OrderBy(d => d.At).ThenBy(d => d.Key.Code, StringComparer.Ordinal)];
            return Task.FromResult(due);
        }
    }

    public Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<CaseKey> keys = [.. _cases
                .Where(c => c.Value.Entries.Any(e => e.Kind == CaseIndex.Closed && CaseIndex.ParseTime(e.Value) < before))
                .Select(c => c.Key)];
            return Task.FromResult(keys);
        }
    }

    public Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(CaseIndex.Count(_cases.Where(c => c.Key.TenantId == tenantId).SelectMany(c => c.Value.Entries)));
        }
    }

    private IReadOnlyList<StoredCase> Select(Func<CaseKey, bool> key, Func<IReadOnlyList<(string Kind, string Value)>, bool> entries)
    {
        lock (_gate)
        {
            return [.. _cases.Where(c => key(c.Key) && entries(c.Value.Entries))
                .OrderBy(c => c.Key.Code, StringComparer.Ordinal)
                .Select(c => StoredCaseJson.Deserialize(c.Value.Json, c.Value.ETag))];
        }
    }
}
