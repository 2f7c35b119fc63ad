using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// A value in a dialog instance's JSON state that its dialog keeps live as a typed object during the turn and
/// that is serialized only when the stack is saved, as it is then: the stack is written once per turn instead
/// of every step's state being turned into JSON nodes first. Never read back; the next turn reads plain JSON.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class DeferredJson
{
    private readonly Action<Utf8JsonWriter> _write;

    private DeferredJson(Action<Utf8JsonWriter> write) => _write = write;

    internal static JsonValue Of<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonValue.Create(new DeferredJson(writer => JsonSerializer.Serialize(writer, value, typeInfo)), DialogJsonContext.Default.DeferredJson)!;

    public sealed class Converter : JsonConverter<DeferredJson>
    {
        public override DeferredJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Deferred dialog state is only written.");

        public override void Write(Utf8JsonWriter writer, DeferredJson value, JsonSerializerOptions options) => value._write(writer);
    }
}
