using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.BotFramework.Schema;

/// <summary>
/// The subset of the Bot Framework activity (v3.1) that Teams and the Agents Playground use.
/// Unknown fields land in <see cref="ExtensionData"/> so they survive a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? Locale { get; set; }

    public string? DeliveryMode { get; set; }

    /// <summary>Never trusted from the wire: the adapter sets it from the validated token.</summary>
    public string? CallerId { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Summary { get; set; }

    public string? InputHint { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public string? AttachmentLayout { get; set; }

    public JsonElement? Value { get; set; }

    public string? ValueType { get; set; }

    /// <summary>Invoke / event name (e.g. <c>adaptiveCard/action</c>).</summary>
    public string? Name { get; set; }

    /// <summary>installationUpdate action: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public string? TopicName { get; set; }

    public IList<MessageReaction>? ReactionsAdded { get; set; }

    public IList<MessageReaction>? ReactionsRemoved { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>An entity (mention, clientInfo, …); its type-specific fields stay in <see cref="ExtensionData"/>.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class MessageReaction
{
    public string? Type { get; set; }
}

public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
