using System.Text.Json;
using OzaBot.BotFramework.State;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// The conversation references, one document per conversation in the shared <see cref="IStorage"/>
/// (<c>reminders/conversations/{id}</c>), so every instance's reminder job finds them.
/// </summary>
public sealed class ConversationReferences(IStorage storage)
{
    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(Key(conversationId), cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize(item.Json, ConversationsJsonContext.Default.ConversationReference);
    }

    /// <summary>Writes the reference as it is now (last writer wins: every writer writes the same facts of the same conversation).</summary>
    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return storage.WriteAsync(Key(reference.ConversationId), JsonSerializer.Serialize(reference, ConversationsJsonContext.Default.ConversationReference), "*", cancellationToken);
    }

    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        storage.DeleteAsync(Key(conversationId), null, cancellationToken);

    private static string Key(string conversationId) => "reminders/conversations/" + Uri.EscapeDataString(conversationId);
}
