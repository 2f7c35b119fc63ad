using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>Builds outgoing activities addressed back to the conversation of an incoming one.</summary>
public static class ActivityAddressing
{
    /// <summary>Fills in what the caller left empty: type, conversation, from/recipient swapped, service URL, locale.</summary>
    public static void ApplyReplyAddress(Activity reply, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= incoming.ChannelId;
        reply.ServiceUrl ??= incoming.ServiceUrl;
        reply.Conversation ??= incoming.Conversation;
        reply.From ??= incoming.Recipient;
        reply.Recipient ??= incoming.From;
        reply.Locale ??= incoming.Locale;
        if (reply.ReplyToId is null && reply.Type != ActivityTypes.Typing && incoming.Type == ActivityTypes.Message)
        {
            reply.ReplyToId = incoming.Id;
        }
    }

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    public static Activity Card(System.Text.Json.JsonElement card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
    };
}

public static class TurnContextExtensions
{
    public static Task<ResourceResponse> SendActivityAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(ActivityAddressing.Text(text), cancellationToken);
    }
}
