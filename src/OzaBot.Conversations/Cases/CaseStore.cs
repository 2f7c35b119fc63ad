using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Cases;

/// <summary>
/// Cases as JSON documents (<c>cases/{code}</c>) in the shared <see cref="IStorage"/>, with optimistic
/// concurrency: <see cref="UpdateAsync"/> re-reads and re-applies a change when someone else saved first,
/// so two people never overwrite each other's edits.
/// </summary>
public sealed class CaseStore(IStorage storage)
{
    private const int MaxAttempts = 3;

    public static string Key(string code) => "cases/" + code;

    public async Task<StoredCase?> GetAsync(string code, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(Key(code), cancellationToken);
        return item is null ? null : Deserialize(item);
    }

    public async Task<StoredCase> CreateAsync(Case @case, CaseMeta meta, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var eTag = await storage.WriteAsync(Key(@case.Code), Serialize(@case, meta), eTag: null, cancellationToken);
        return new StoredCase(@case, meta, eTag);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the newest version and saves it. A refusal is returned
    /// unchanged (nothing saved); a storage conflict re-reads and re-applies, at most three times.
    /// </summary>
    public async Task<CaseUpdate> UpdateAsync(string code, Func<StoredCase, DomainResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(code, cancellationToken);
            if (current is null)
            {
                return CaseUpdate.NotFound;
            }

            var result = change(current);
            if (result.IsRefused)
            {
                return new CaseUpdate(current, result);
            }

            try
            {
                var eTag = await storage.WriteAsync(Key(code), Serialize(current.Case, current.Meta), current.ETag, cancellationToken);
                return new CaseUpdate(current with { ETag = eTag }, result);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone saved in between: apply the same change to their version.
            }
        }
    }

    public Task DeleteAsync(StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return storage.DeleteAsync(Key(stored.Code), stored.ETag, cancellationToken);
    }

    private static string Serialize(Case @case, CaseMeta meta) => new JsonObject
    {
        ["case"] = JsonSerializer.SerializeToNode(@case, CaseJsonContext.Default.Case),
        ["meta"] = JsonSerializer.SerializeToNode(meta, ConversationsJsonContext.Default.CaseMeta),
    }.ToJsonString();

    private static StoredCase Deserialize(StoreItem item)
    {
        using var document = JsonDocument.Parse(item.Json);
        var @case = document.RootElement.GetProperty("case").Deserialize(CaseJsonContext.Default.Case)!;
        var meta = document.RootElement.GetProperty("meta").Deserialize(ConversationsJsonContext.Default.CaseMeta)!;
        return new StoredCase(@case, meta, item.ETag);
    }
}

/// <summary>The outcome of <see cref="CaseStore.UpdateAsync"/>: the case as saved (or as found, when refused).</summary>
public sealed record CaseUpdate(StoredCase? Case, DomainResult Result)
{
    public static CaseUpdate NotFound { get; } = new(null, DomainResult.Refused("not found"));

    public bool Found => Case is not null;
}
