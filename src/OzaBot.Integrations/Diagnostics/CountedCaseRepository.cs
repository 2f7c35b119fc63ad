using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.Diagnostics;

/// <summary>Counts the calls that reach the case repository (<see cref="StoreCounters"/>) and traces each (<see cref="IntegrationsTelemetry"/>).</summary>
public sealed class CountedCaseRepository(ICaseRepository inner, StoreCounters counters) : ICaseRepository, IDisposable
{
    public Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default) => Read("load", () => inner.LoadAsync(key, cancellationToken));

    public Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default) => Write("save", () => inner.SaveAsync(stored, cancellationToken));

    public Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default) => Write("delete", () => inner.DeleteAsync(stored, deletion, cancellationToken));

    public Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default) => Read("find-deletion", () => inner.FindDeletionAsync(key, cancellationToken));

    public Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default) => Read("aggregates", () => inner.AggregatesAsync(tenantId, cancellationToken));

    public Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) => Read("list-by-conversation", () => inner.ListByConversationAsync(tenantId, conversationId, cancellationToken));

    public Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default) => Read("list-by-tenant", () => inner.ListByTenantAsync(tenantId, cancellationToken));

    public Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) => Read("due", () => inner.DueAsync(kind, from, to, cancellationToken));

    public Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Read("closed-before", () => inner.ClosedBeforeAsync(before, cancellationToken));

    public Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default) => Read("count", () => inner.CountAsync(tenantId, cancellationToken));

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private Task<T> Read<T>(string operation, Func<Task<T>> call)
    {
        counters.CaseRead();
        return IntegrationsTelemetry.StoreCallAsync("cases", operation, call);
    }

    private Task<T> Write<T>(string operation, Func<Task<T>> call)
    {
        counters.CaseWrite();
        return IntegrationsTelemetry.StoreCallAsync("cases", operation, call);
    }

    private Task Write(string operation, Func<Task> call)
    {
        counters.CaseWrite();
        return IntegrationsTelemetry.StoreCallAsync("cases", operation, call);
    }
}
