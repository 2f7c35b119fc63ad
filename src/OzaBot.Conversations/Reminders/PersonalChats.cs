using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.Schema;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// A person's 1:1 chat with the bot, for a reminder no group can receive: the one they used before, or else one
/// created through the Connector (CreateConversation, which gives the existing chat if there is one), on the service
/// URL and as the bot of a conversation the case was in. A person who cannot be reached so (the app is not installed
/// for them) is marked, and not tried again until they talk to the bot in a 1:1 chat.
/// </summary>
public sealed class PersonalChats(ConversationReferences references, ConnectorClientFactory connectors)
{
    // Proactive messages have no inbound token: the bot's own credentials (none in development mode) are used.
    private static readonly BotIdentity Bot = new(false, null);

    /// <param name="known">References of conversations the case was in (removed ones too): where and as whom to ask.</param>
    public async Task<ConversationReference?> OpenAsync(string tenantId, string userId, IReadOnlyList<ConversationReference> known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (userId.Length == 0)
        {
            return null;
        }

        if (await references.FindPersonalAsync(tenantId, userId, cancellationToken) is { } personal)
        {
            // The reminder job marks the chat itself when the Connector says the bot is no longer there.
            var gone = personal.Removed || await references.FindAsync(personal.ConversationId, cancellationToken) is { Removed: true };
            return gone ? null : personal;
        }

        if (known.Count == 0)
        {
            return null;
        }

        var template = known[0];
        ConversationReference created;
        try
        {
            var conversation = await connectors.Create(template.ServiceUrl, Bot).CreateConversationAsync(new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = template.BotId },
                Members = [new ChannelAccount { Id = userId }], // the Entra object id: Teams accepts it for a 1:1 chat
                TenantId = tenantId,
            }, cancellationToken);
            created = new ConversationReference(template.ChannelId, conversation.ServiceUrl ?? template.ServiceUrl, conversation.Id ?? "", tenantId, template.BotId, IsPersonal: true, Locale: null);
        }
        catch (ConnectorException)
        {
            await references.SavePersonalAsync(userId, new ConversationReference(template.ChannelId, template.ServiceUrl, "", tenantId, template.BotId, IsPersonal: true, Locale: null, Removed: true), cancellationToken);
            return null;
        }

        if (created.ConversationId.Length == 0)
        {
            return null;
        }

        await references.SavePersonalAsync(userId, created, cancellationToken);
        return created;
    }
}
