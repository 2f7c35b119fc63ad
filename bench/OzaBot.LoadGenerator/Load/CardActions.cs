using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OzaBot.LoadGenerator.Load;

/// <summary>What a Teams client reads from a card: the card in a reply or invoke response, and an action's data.</summary>
internal static class CardActions
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The first Adaptive Card attached to a reply activity.</summary>
    public static JsonElement? CardInReply(byte[] activity)
    {
        using var doc = JsonDocument.Parse(activity);
        if (doc.RootElement.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.TryGetProperty("contentType", out var type) && type.ValueEquals(AdaptiveCardType) &&
                    attachment.TryGetProperty("content", out var content))
                {
                    return content.Clone();
                }
            }
        }

        return null;
    }

    /// <summary>The card an invoke answered with (<c>{statusCode, type: card.adaptive, value}</c>), if any.</summary>
    public static JsonElement? CardInInvokeResponse(JsonElement response) =>
        response.ValueKind == JsonValueKind.Object && response.TryGetProperty("type", out var type) && type.ValueEquals(AdaptiveCardType) &&
        response.TryGetProperty("value", out var card)
            ? card.Clone()
            : null;

    /// <summary>The data of the Action.Execute with this verb, or of the Action.Submit with this title (the first when null).</summary>
    public static JsonElement? ActionData(JsonElement card, string actionType, string? verb, string? title)
    {
        switch (card.ValueKind)
        {
            case JsonValueKind.Object:
                if (card.TryGetProperty("type", out var type) && type.ValueEquals(actionType) && Matches(card, "verb", verb) && Matches(card, "title", title))
                {
                    return card.TryGetProperty("data", out var data) ? data : default(JsonElement?);
                }

                foreach (var property in card.EnumerateObject())
                {
                    if (ActionData(property.Value, actionType, verb, title) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in card.EnumerateArray())
                {
                    if (ActionData(item, actionType, verb, title) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The card's data with the script's values on top, as Teams merges input values into an action's data; a null removes a field.</summary>
    public static JsonElement Merge(JsonElement? fromCard, JsonElement? fromScript)
    {
        if (fromCard is not { ValueKind: JsonValueKind.Object } card)
        {
            return fromScript ?? Empty();
        }

        if (fromScript is not { ValueKind: JsonValueKind.Object } script)
        {
            return card;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var property in card.EnumerateObject())
            {
                if (!script.TryGetProperty(property.Name, out _))
                {
                    property.WriteTo(w);
                }
            }

            // JSON merge patch (RFC 7386): a null in the script removes the card's field.
            foreach (var property in script.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
            {
                property.WriteTo(w);
            }

            w.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.Clone();
    }

    /// <summary>
    /// What a reader sees in a reply activity (its text, summary and attachments) or an invoke response (its value):
    /// every string in those parts, escapes decoded, joined by newlines. The envelope (ids, urls, names) is left out.
    /// </summary>
    public static string VisibleText(byte[] json)
    {
        var text = new StringBuilder();
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (property.Name is "text" or "summary" or "attachments" or "value" or "suggestedActions")
                {
                    AppendStrings(property.Value, text);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendStrings(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    AppendStrings(property.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AppendStrings(item, text);
                }

                break;
            default:
                break;
        }
    }

    private static bool Matches(JsonElement action, string property, string? expected) =>
        expected is null || (action.TryGetProperty(property, out var value) && value.ValueEquals(expected));

    private static JsonElement Empty()
    {
        using var doc = JsonDocument.Parse("{}");
        return doc.RootElement.Clone();
    }
}
