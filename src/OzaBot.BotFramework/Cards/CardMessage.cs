using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>
    /// A copy of <paramref name="card"/> ready for Teams: version checked, an Action.Submit fallback on every
    /// Action.Execute (older clients; the fallback's data carries the <c>verb</c>) and the
    /// <paramref name="refresh"/> block when given.
    /// </summary>
    /// <exception cref="ArgumentException">The card breaks <see cref="CardRules"/>.</exception>
    public static JsonObject Prepare(JsonObject card, CardRefresh? refresh = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = CardRules.Check(card);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The card breaks the Teams card rules: " + string.Join("; ", problems), nameof(card));
        }

        var prepared = card.DeepClone().AsObject();
        foreach (var action in CardRules.Descendants(prepared).Where(IsExecute).ToList())
        {
            action["fallback"] ??= SubmitFallback(action);
        }

        if (refresh is not null)
        {
            prepared["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = CardRules.ExecuteType,
                    ["verb"] = refresh.Verb,
                    ["data"] = refresh.Data.DeepClone(),
                },
                ["userIds"] = new JsonArray([.. refresh.UserIds.Distinct(StringComparer.Ordinal).Take(CardRules.MaxRefreshUserIds).Select(id => (JsonNode?)id)]),
            };
        }

        return prepared;
    }

    /// <summary>
    /// A message activity whose only content is the card (Teams splits text + card into two messages and
    /// the card could then no longer be updated). Address it with the turn context as usual.
    /// </summary>
    /// <exception cref="CardTooLargeException">The serialized activity exceeds <see cref="CardRules.MaxMessageBytes"/>.</exception>
    public static Activity Create(JsonObject card, CardRefresh? refresh = null, string? summary = null)
    {
        var prepared = Prepare(card, refresh);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = ToElement(prepared) }],
        };
        EnsureSize(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity));
        return activity;
    }

    /// <summary>The invoke answer that shows <paramref name="card"/> to the user who clicked (HTTP 200).</summary>
    public static InvokeResponse CardResponse(JsonObject card, CardRefresh? refresh = null)
    {
        var value = ToElement(Prepare(card, refresh));
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
        var json = JsonSerializer.SerializeToElement(body, BotJsonContext.Default.AdaptiveCardInvokeResponse);
        EnsureSize(json.GetRawText());
        return new InvokeResponse(200, json);
    }

    private static void EnsureSize(string json)
    {
        var bytes = CardRules.MeasureUtf16Bytes(json);
        if (bytes > CardRules.MaxMessageBytes)
        {
            throw new CardTooLargeException($"The card message is {bytes / 1024} KB; Teams allows {CardRules.MaxMessageBytes / 1024} KB.") { Bytes = bytes };
        }
    }

    private static bool IsExecute(JsonObject obj) =>
        obj["type"]?.GetValueKind() == JsonValueKind.String && obj["type"]!.GetValue<string>() == CardRules.ExecuteType;

    private static JsonObject SubmitFallback(JsonObject execute)
    {
        var data = execute["data"]!.DeepClone().AsObject();
        data["verb"] = execute["verb"]!.DeepClone();
        var fallback = new JsonObject { ["type"] = "Action.Submit", ["data"] = data };
        foreach (var key in new[] { "title", "tooltip", "associatedInputs", "style" })
        {
            if (execute[key] is { } value)
            {
                fallback[key] = value.DeepClone();
            }
        }

        return fallback;
    }

    internal static JsonElement ToElement(JsonNode node)
    {
        // Written once as UTF-8 and read back into the element's own copy: no intermediate string or document.
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }
}
