using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Cases;

/// <summary>
/// The conversation layer's use of the <see cref="ICaseRepository"/>: <see cref="UpdateAsync"/> re-reads and
/// re-applies a change when someone else saved first, so two people never overwrite each other's edits.
/// </summary>
public sealed class CaseStore(ICaseRepository repository, CaseEraser eraser)
{
    public ICaseRepository Repository => repository;

    public Task<StoredCase?> GetAsync(CaseKey key, CancellationToken cancellationToken) => repository.LoadAsync(key, cancellationToken);

    /// <summary>
    /// Saves a new case. A turn that runs again after a conflict on its conversation state (<paramref name="attempt"/>)
    /// gets the case its discarded attempt already created, not a second one.
    /// </summary>
    public async Task<StoredCase> CreateAsync(Case @case, CaseMeta meta, TurnAttempt? attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meta);
        if (attempt?.NextChangeKey() is { } changeKey)
        {
            if (attempt.IsRetry && meta.ConversationIds is [var conversationId, ..]
                && (await repository.ListByConversationAsync(meta.TenantId, conversationId, cancellationToken)).FirstOrDefault(s => s.Meta.AppliedChanges.Contains(changeKey)) is { } created)
            {
                return created;
            }

            meta.RecordApplied(changeKey);
        }

        return await repository.SaveAsync(new StoredCase(@case, meta), cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the newest version and saves it. A refusal is returned
    /// unchanged (nothing saved); a storage conflict re-reads and re-applies, at most three times.
    /// </summary>
    public Task<CaseUpdate> UpdateAsync(CaseKey key, Func<StoredCase, DomainResult> change, CancellationToken cancellationToken) =>
        UpdateAsync(key, null, change, cancellationToken);

    /// <summary>
    /// <see cref="UpdateAsync(CaseKey, Func{StoredCase, DomainResult}, CancellationToken)"/> starting from the version
    /// this turn already read, so a turn reads its case once: the first attempt applies the change to
    /// <paramref name="loaded"/> itself, and only when someone else saved first is the newest version read.
    /// </summary>
    public Task<CaseUpdate> UpdateAsync(StoredCase loaded, Func<StoredCase, DomainResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return UpdateAsync(loaded.Key, loaded, change, cancellationToken);
    }

    private async Task<CaseUpdate> UpdateAsync(CaseKey key, StoredCase? loaded, Func<StoredCase, DomainResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var unread = loaded;
        return await OptimisticRetry.RunAsync(async () =>
        {
            // Each attempt after the first applies the same change to the newest version.
            var current = unread ?? await GetAsync(key, cancellationToken);
            unread = null;
            if (current is null)
            {
                return CaseUpdate.NotFound;
            }

            var result = change(current);
            return result.IsRefused ? new CaseUpdate(current, result) : new CaseUpdate(await repository.SaveAsync(current, cancellationToken), result);
        });
    }

    /// <summary>Deletes the case, its meetings and .ics links, keeping only the deletion record and the anonymous aggregate.</summary>
    public Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken) => eraser.EraseAsync(stored, deletion, cancellationToken);
}

/// <summary>The outcome of <see cref="CaseStore.UpdateAsync"/>: the case as saved (or as found, when refused).</summary>
public sealed record CaseUpdate(StoredCase? Case, DomainResult Result)
{
    public static CaseUpdate NotFound { get; } = new(null, DomainResult.Refused(Refusals.NotFound));

    public bool Found => Case is not null;
}
