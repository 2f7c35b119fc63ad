using System.Globalization;
using System.Text.Json;

namespace OzaBot.LoadGenerator.Load;

/// <summary>
/// Writes inbound activities in the shape Teams and the Agents Playground send them
/// (../shared/tools/teams-playground/observed/personal-*.json): a personal chat in one tenant,
/// channelId msteams, a clientInfo entity, and the generator's own loopback Connector as serviceUrl.
/// </summary>
internal sealed class TeamsActivities(string serviceUrl, string locale)
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000b1";
    public const string BotId = "28:00000000-0000-0000-0000-0000000000b0";
    private const string BotName = "OzaBot";

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public byte[] ConversationUpdate(Participant who, string activityId) => Write(who, activityId, "conversationUpdate", w =>
    {
        w.WriteStartArray("membersAdded");
        w.WriteStartObject();
        w.WriteString("id", who.UserId);
        w.WriteString("aadObjectId", who.AadObjectId);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("id", BotId);
        w.WriteEndObject();
        w.WriteEndArray();
    }, userTurn: false);

    public byte[] Message(Participant who, string activityId, string text) => Write(who, activityId, "message", w =>
    {
        w.WriteString("text", text);
        w.WriteString("textFormat", "plain");
    });

    /// <summary>Action.Submit: a message without text whose value is the card's data (observed/personal-message-submit-value.json).</summary>
    public byte[] Submit(Participant who, string activityId, string? replyToId, JsonElement value) => Write(who, activityId, "message", w =>
    {
        if (replyToId is not null)
        {
            w.WriteString("replyToId", replyToId);
        }

        w.WritePropertyName("value");
        value.WriteTo(w);
    }, fromCard: true);

    /// <summary>Action.Execute (observed/personal-invoke-adaptiveCard-action.json).</summary>
    public byte[] Invoke(Participant who, string activityId, string? replyToId, string verb, JsonElement? data) => Write(who, activityId, "invoke", w =>
    {
        w.WriteString("name", "adaptiveCard/action");
        if (replyToId is not null)
        {
            w.WriteString("replyToId", replyToId);
        }

        w.WriteStartObject("value");
        w.WriteStartObject("action");
        w.WriteString("type", "Action.Execute");
        w.WriteString("verb", verb);
        w.WritePropertyName("data");
        if (data is { } d)
        {
            d.WriteTo(w);
        }
        else
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteString("trigger", "manual");
        w.WriteEndObject();
    }, fromCard: true);

    private byte[] Write(Participant who, string activityId, string type, Action<Utf8JsonWriter> specific, bool userTurn = true, bool fromCard = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var now = DateTimeOffset.UtcNow;
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("id", activityId);
            w.WriteString("timestamp", now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            if (userTurn)
            {
                w.WriteString("localTimestamp", now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture));
                w.WriteString("localTimezone", "Europe/Amsterdam");
            }

            w.WriteString("serviceUrl", serviceUrl);
            w.WriteString("channelId", "msteams");
            w.WriteStartObject("from");
            w.WriteString("id", who.UserId);
            if (userTurn)
            {
                w.WriteString("name", who.DisplayName);
            }

            w.WriteString("aadObjectId", who.AadObjectId);
            w.WriteEndObject();
            w.WriteStartObject("conversation");
            w.WriteString("conversationType", "personal");
            w.WriteString("tenantId", TenantId);
            w.WriteString("id", who.ConversationId);
            w.WriteEndObject();
            w.WriteStartObject("recipient");
            w.WriteString("id", BotId);
            w.WriteString("name", BotName);
            w.WriteEndObject();
            if (userTurn)
            {
                w.WriteString("locale", locale);
                w.WriteStartArray("entities");
                w.WriteStartObject();
                w.WriteString("type", "clientInfo");
                w.WriteString("locale", locale);
                w.WriteString("country", "NL");
                w.WriteString("platform", "Web");
                w.WriteString("timezone", "Europe/Amsterdam");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteStartObject("channelData");
            if (fromCard)
            {
                w.WriteStartObject("source");
                w.WriteString("name", "message");
                w.WriteEndObject();
            }

            w.WriteStartObject("tenant");
            w.WriteString("id", TenantId);
            w.WriteEndObject();
            w.WriteEndObject();
            specific(w);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>A virtual user in one personal conversation with the bot.</summary>
internal sealed record Participant(string UserId, string AadObjectId, string DisplayName, string ConversationId);
