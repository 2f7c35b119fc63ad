using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.BotFramework.Json;

/// <summary>
/// Writes a <see cref="JsonElement"/> as the UTF-8 it was parsed from. System.Text.Json's own converter writes an element
/// token by token, unescaping and escaping every string again: for the card in every outgoing message and the untouched
/// parts of a conversation's state that was a tenth of their serialization. The bytes are valid JSON (they were parsed);
/// what they keep is their source's escaping, which for everything the bot wrote is the writer's own.
/// </summary>
public sealed class RawJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => Write(writer, value);

    /// <summary>Writes <paramref name="element"/>'s own bytes; an undefined element throws, as <see cref="JsonElement.WriteTo"/> does.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            element.WriteTo(writer);
            return;
        }

        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(element), skipInputValidation: true);
    }
}
