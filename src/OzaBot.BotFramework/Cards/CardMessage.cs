using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Json;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// Turns an expanded card into what goes over the wire: the message activity that carries it, and the
/// HTTP answers to an <c>adaptiveCard/action</c> invoke. Both run the card through <see cref="Prepare"/>
/// so the sent card and the refreshed card always look the same.
/// </summary>
public static class CardMessage
{
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";
    private const string RefreshKey = "refresh";
    private const string FallbackKey = "fallback";
    private static readonly string[] FallbackCopies = ["title", "tooltip", "associatedInputs", "style"];

    /// <summary>
    /// A copy of <paramref name="card"/> ready for Teams: version checked, an Action.Submit fallback on every
    /// Action.Execute (older clients; the fallback's data carries the <c>verb</c>) and the
    /// <paramref name="refresh"/> block when given.
    /// </summary>
    /// <exception cref="ArgumentException">The card breaks <see cref="CardRules"/>.</exception>
    public static JsonObject Prepare(JsonObject card, CardRefresh? refresh = null)
    {
        using var prepared = WritePrepared(card, refresh);
        return JsonNode.Parse(prepared.Written)!.AsObject();
    }

    /// <summary>
    /// A message activity whose only content is the card (Teams splits text + card into two messages and
    /// the card could then no longer be updated). Address it with the turn context as usual.
    /// </summary>
    /// <exception cref="CardTooLargeException">The prepared card alone exceeds <see cref="CardRules.MaxMessageBytes"/> (the connector checks the whole message again).</exception>
    public static Activity Create(JsonObject card, CardRefresh? refresh = null, string? summary = null)
    {
        using var prepared = WritePrepared(card, refresh);
        EnsureSize(prepared.Written);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = ToElement(prepared.Written) }],
        };
    }

    /// <summary>The invoke answer that shows <paramref name="card"/> to the user who clicked (HTTP 200).</summary>
    public static InvokeResponse CardResponse(JsonObject card, CardRefresh? refresh = null)
    {
        JsonElement value;
        using (var prepared = WritePrepared(card, refresh))
        {
            value = ToElement(prepared.Written);
        }

        return Respond(200, ContentTypes.AdaptiveCard, value);
    }

    /// <summary>The invoke answer that shows a short transient text instead of a card.</summary>
    public static InvokeResponse TextResponse(string text) =>
        Respond(200, MessageResponseType, ToElement(JsonValue.Create(text)));

    /// <summary>
    /// An error answer (<c>{code, message}</c>). The HTTP status stays 200 and the body carries
    /// <paramref name="statusCode"/>: clients read the body, and the Playground turns a non-2xx into a 502.
    /// </summary>
    public static InvokeResponse ErrorResponse(int statusCode, string code, string message)
    {
        var value = new JsonObject { ["code"] = code, ["message"] = message };
        return Respond(statusCode, ErrorResponseType, ToElement(value));
    }

    private static InvokeResponse Respond(int statusCode, string type, JsonElement value)
    {
        var body = new AdaptiveCardInvokeResponse { StatusCode = statusCode, Type = type, Value = value };
        var json = JsonSerializer.SerializeToUtf8Bytes(body, BotJsonContext.Default.AdaptiveCardInvokeResponse);
        EnsureSize(json);
        return new InvokeResponse(200, ToElement(json));
    }

    private static void EnsureSize(ReadOnlySpan<byte> utf8Json)
    {
        var bytes = CardRules.MeasureUtf16Bytes(utf8Json);
        if (bytes > CardRules.MaxMessageBytes)
        {
            throw new CardTooLargeException($"The card message is {bytes / 1024} KB; Teams allows {CardRules.MaxMessageBytes / 1024} KB.") { Bytes = bytes };
        }
    }

    /// <summary>
    /// The card written once as UTF-8 with the fallbacks and refresh block added on the way: the card itself is not
    /// copied or changed, and its bytes are what the size check measures and the attachment holds.
    /// </summary>
    private static ScratchJsonWriter WritePrepared(JsonObject card, CardRefresh? refresh)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = CardRules.Check(card);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The card breaks the Teams card rules: " + string.Join("; ", problems), nameof(card));
        }

        var prepared = ScratchJsonWriter.Rent();
        var writer = prepared.Writer;
        writer.WriteStartObject();
        foreach (var (name, value) in card)
        {
            if (refresh is null || name != RefreshKey)
            {
                writer.WritePropertyName(name);
                WriteWithFallbacks(writer, value);
            }
        }

        if (refresh is not null)
        {
            writer.WritePropertyName(RefreshKey);
            WriteRefresh(writer, refresh);
        }

        writer.WriteEndObject();
        return prepared;
    }

    private static void WriteWithFallbacks(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var addFallback = IsExecute(obj) && obj[FallbackKey] is null;
                writer.WriteStartObject();
                for (var i = 0; i < obj.Count; i++)
                {
                    // By index: a card has hundreds of nodes, and enumerating each one would allocate an enumerator.
                    var (name, value) = obj.GetAt(i);
                    if (!addFallback || name != FallbackKey)
                    {
                        writer.WritePropertyName(name);
                        WriteWithFallbacks(writer, value);
                    }
                }

                if (addFallback)
                {
                    writer.WritePropertyName(FallbackKey);
                    WriteSubmitFallback(writer, obj);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                for (var i = 0; i < array.Count; i++)
                {
                    WriteWithFallbacks(writer, array[i]);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static bool IsExecute(JsonObject obj) =>
        obj["type"]?.GetValueKind() == JsonValueKind.String && obj["type"]!.GetValue<string>() == CardRules.ExecuteType;

    /// <summary>An Action.Submit with the Execute's data plus its verb, and its title, tooltip, inputs and style.</summary>
    private static void WriteSubmitFallback(Utf8JsonWriter writer, JsonObject execute)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Action.Submit");
        writer.WritePropertyName("data");
        writer.WriteStartObject();
        foreach (var (name, value) in execute["data"]!.AsObject())
        {
            if (name != "verb")
            {
                writer.WritePropertyName(name);
                WriteNode(writer, value);
            }
        }

        writer.WritePropertyName("verb");
        WriteNode(writer, execute["verb"]);
        writer.WriteEndObject();
        foreach (var key in FallbackCopies)
        {
            if (execute[key] is { } value)
            {
                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteRefresh(Utf8JsonWriter writer, CardRefresh refresh)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("action");
        writer.WriteStartObject();
        writer.WriteString("type", CardRules.ExecuteType);
        writer.WriteString("verb", refresh.Verb);
        writer.WritePropertyName("data");
        refresh.Data.WriteTo(writer);
        writer.WriteEndObject();
        writer.WritePropertyName("userIds");
        writer.WriteStartArray();
        foreach (var id in refresh.UserIds.Distinct(StringComparer.Ordinal).Take(CardRules.MaxRefreshUserIds))
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    internal static JsonElement ToElement(JsonNode node)
    {
        using var json = ScratchJsonWriter.Rent();
        node.WriteTo(json.Writer);
        return ToElement(json.Written);
    }

    /// <summary>The element's own copy of <paramref name="utf8Json"/>: no intermediate string or document.</summary>
    private static JsonElement ToElement(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        return JsonElement.ParseValue(ref reader);
    }
}
