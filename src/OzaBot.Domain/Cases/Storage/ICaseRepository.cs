namespace OzaBot.Domain.Cases;

/// <summary>
/// The cases, with optimistic concurrency and the queries the product needs (reminders, retention,
/// reporting). Implementations: SQLite (embedded default), Azure Table Storage, memory (tests, demo);
/// they all pass one contract suite.
/// </summary>
/// <remarks>
/// A save whose expected version is no longer the stored one throws the storage layer's one conflict
/// exception (<c>OzaBot.BotFramework.State.StorageConflictException</c>), so a turn that lost a race is
/// run again on fresh data by the state middleware. The domain cannot name that type (it references
/// nothing of ours).
/// </remarks>
public interface ICaseRepository
{
    Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the case if the stored version is still <see cref="StoredCase.ETag"/> (<c>null</c>: only if no
    /// case with this key exists). Returns the case with its new version.
    /// </summary>
    Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the case and everything stored with it, if its version is still <see cref="StoredCase.ETag"/>, and in
    /// the same transaction keeps the <paramref name="deletion"/> record (under the code's hash) and the case's
    /// anonymous <see cref="CaseAggregate"/>.
    /// </summary>
    Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default);

    /// <summary>The deletion record of a deleted case; null if no case with this key was deleted.</summary>
    Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default);

    /// <summary>The anonymous aggregates that deleted cases of a tenant left behind.</summary>
    Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's cases linked to a conversation, by code.</summary>
    Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>All cases of a tenant, by code.</summary>
    Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Open cases (of every tenant) with something of <paramref name="kind"/> due in [from, to), earliest first.</summary>
    Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Closed cases (of every tenant) closed before <paramref name="before"/>.</summary>
    Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>How many cases a tenant has per region, track, step and outcome.</summary>
    Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default);
}
