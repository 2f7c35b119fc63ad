using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OzaBot.BotFramework.State;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// The conversation references in the shared <see cref="IStorage"/>, so every instance's reminder job finds them: one
/// document per conversation (<c>reminders/conversations/{id}</c>), and per person the reference of their 1:1 chat
/// with the bot (<c>reminders/users/{hash of tenant and user id}</c>), for a reminder no group can receive.
/// </summary>
public sealed class ConversationReferences(IStorage storage)
{
    public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(Key(conversationId), cancellationToken);

    /// <summary>Writes the reference as it is now (last writer wins: every writer writes the same facts of the same conversation).</summary>
    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return WriteAsync(Key(reference.ConversationId), reference, cancellationToken);
    }

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        storage.DeleteAsync(Key(conversationId), null, cancellationToken);

    /// <summary>The person's 1:1 chat with the bot, if it is known.</summary>
    public Task<ConversationReference?> FindPersonalAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        ReadAsync(PersonalKey(tenantId, userId), cancellationToken);

    public Task SavePersonalAsync(string userId, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return WriteAsync(PersonalKey(reference.TenantId, userId), reference, cancellationToken);
    }

    public Task DeletePersonalAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        storage.DeleteAsync(PersonalKey(tenantId, userId), null, cancellationToken);

    private async Task<ConversationReference?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(key, cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize(item.Json, ConversationsJsonContext.Default.ConversationReference);
    }

    private Task<string> WriteAsync(string key, ConversationReference reference, CancellationToken cancellationToken) =>
        storage.WriteAsync(key, JsonSerializer.Serialize(reference, ConversationsJsonContext.Default.ConversationReference), "*", cancellationToken);

    private static string Key(string conversationId) => "reminders/conversations/" + Uri.EscapeDataString(conversationId);

    // A hash, so the store's keys do not list who uses the bot.
    private static string PersonalKey(string tenantId, string userId) =>
        "reminders/users/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenantId + "/" + userId)));
}
