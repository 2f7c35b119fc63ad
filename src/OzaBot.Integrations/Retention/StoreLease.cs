using System.Text.Json;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Retention;

/// <summary>
/// A lease in the shared <see cref="IStorage"/>: one document per job holding who has it until when,
/// taken and renewed with create-only / If-Match writes, so of several instances exactly one wins. A
/// crashed holder's lease simply runs out.
/// </summary>
public sealed class StoreLease(IStorage storage, string name, string holder, TimeProvider time)
{
    public string Key { get; } = "leases/" + name;

    /// <summary>Takes the lease for <paramref name="duration"/> if it is free, expired or already ours; false if another holder has it.</summary>
    public async Task<bool> TryAcquireAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = await storage.ReadAsync(Key, cancellationToken);
        if (current is not null)
        {
            var held = JsonSerializer.Deserialize<LeaseDocument>(current.Json, JsonSerializerOptions.Web);
            if (held is not null && held.Holder != holder && held.Until > now)
            {
                return false;
            }
        }

        try
        {
            await storage.WriteAsync(Key, JsonSerializer.Serialize(new LeaseDocument(holder, now + duration), JsonSerializerOptions.Web), current?.ETag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false; // Another instance took it between our read and write.
        }
    }

    private sealed record LeaseDocument(string Holder, DateTimeOffset Until);
}
