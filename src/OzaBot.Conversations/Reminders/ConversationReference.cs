using OzaBot.BotFramework.Schema;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// What OzaBot needs to message a conversation later, without being asked: where (service URL, channel),
/// which conversation and tenant, as which bot, in which language, whether reminders are wanted there and on which
/// day its weekly overview comes (null: the configured day).
/// Opaque ids only, never a name.
/// </summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string TenantId,
    string BotId,
    bool IsPersonal,
    string? Locale,
    bool RemindersOff = false,
    bool Removed = false,
    DayOfWeek? OverviewDay = null)
{
    /// <summary>The reference of the conversation an activity came from (null when it lacks the ids a proactive message needs).</summary>
    public static ConversationReference? From(Activity activity, string tenantId, bool isPersonal, string? locale, bool remindersOff, DayOfWeek? overviewDay)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is { ChannelId: { Length: > 0 } channel, ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversation, Recipient.Id: { Length: > 0 } bot }
            ? new ConversationReference(channel, serviceUrl, conversation, tenantId, bot, isPersonal, locale, remindersOff, OverviewDay: overviewDay)
            : null;
    }

    /// <summary>A new message to this conversation, addressed as a reply of the bot would be.</summary>
    public Activity Address(Activity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Type ??= ActivityTypes.Message;
        message.ChannelId = ChannelId;
        message.ServiceUrl = ServiceUrl;
        message.Conversation = new ConversationAccount { Id = ConversationId, TenantId = TenantId };
        message.From = new ChannelAccount { Id = BotId };
        message.Locale = Locale;
        return message;
    }
}
