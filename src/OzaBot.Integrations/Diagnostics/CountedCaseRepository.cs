using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.Diagnostics;

/// <summary>Counts the calls that reach the case repository (<see cref="StoreCounters"/>).</summary>
public sealed class CountedCaseRepository(ICaseRepository inner, StoreCounters counters) : ICaseRepository, IDisposable
{
    public Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default) => Read(inner.LoadAsync(key, cancellationToken));

    public Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default) => Write(inner.SaveAsync(stored, cancellationToken));

    public Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default) => Write(inner.DeleteAsync(stored, deletion, cancellationToken));

    public Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default) => Read(inner.FindDeletionAsync(key, cancellationToken));

    public Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default) => Read(inner.AggregatesAsync(tenantId, cancellationToken));

    public Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) => Read(inner.ListByConversationAsync(tenantId, conversationId, cancellationToken));

    public Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default) => Read(inner.ListByTenantAsync(tenantId, cancellationToken));

    public Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) => Read(inner.DueAsync(kind, from, to, cancellationToken));

    public Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Read(inner.ClosedBeforeAsync(before, cancellationToken));

    public Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default) => Read(inner.CountAsync(tenantId, cancellationToken));

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private T Read<T>(T call)
    {
        counters.CaseRead();
        return call;
    }

    private T Write<T>(T call)
    {
        counters.CaseWrite();
        return call;
    }
}
