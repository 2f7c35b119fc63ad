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

    /// <summary>The card's data with the script's values on top, as Teams merges input values into an action's data.</summary>
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

            foreach (var property in script.EnumerateObject())
            {
                property.WriteTo(w);
            }

            w.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.Clone();
    }

    /// <summary>Every string value in a JSON document, joined: what a reader of the reply sees (escapes decoded).</summary>
    public static string VisibleText(ReadOnlyMemory<byte> json)
    {
        var text = new StringBuilder();
        var reader = new Utf8JsonReader(json.Span);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                text.Append(reader.GetString()).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool Matches(JsonElement action, string property, string? expected) =>
        expected is null || (action.TryGetProperty(property, out var value) && value.ValueEquals(expected));

    private static JsonElement Empty()
    {
        using var doc = JsonDocument.Parse("{}");
        return doc.RootElement.Clone();
    }
}
