using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.BotFramework.Schema;

/// <summary>Body of <c>POST v3/conversations</c> (e.g. a proactive 1:1 chat).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonElement? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

/// <summary>The Connector's error body.</summary>
public sealed class ErrorResponse
{
    public ErrorDetail? Error { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ErrorDetail
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
