using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Json;

namespace OzaBot.BotFramework.State;

/// <summary>One property of a loaded state document: still raw JSON, or a typed value a caller has read or set.</summary>
internal abstract class PropertySlot
{
    public abstract void WriteTo(Utf8JsonWriter writer);

    /// <summary>The value as a typed instance; raw JSON is deserialized with the caller's type info.</summary>
    public abstract T Read<T>(JsonTypeInfo<T> typeInfo);
}

/// <summary>A property nobody has touched this turn: written back exactly as loaded.</summary>
internal sealed class RawSlot(JsonElement element) : PropertySlot
{
    public override void WriteTo(Utf8JsonWriter writer) => RawJsonElementConverter.Write(writer, element);

    public override T Read<T>(JsonTypeInfo<T> typeInfo) => element.Deserialize(typeInfo)!;
}

/// <summary>
/// A typed value, serialized only when the state is saved: a caller that mutates the object it got
/// from the accessor has its change saved, as in Bot Builder.
/// </summary>
internal sealed class ValueSlot<TValue>(TValue value, JsonTypeInfo<TValue> typeInfo) : PropertySlot
{
    public TValue Value { get; } = value;

    public override void WriteTo(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, Value, typeInfo);

    public override T Read<T>(JsonTypeInfo<T> otherTypeInfo) =>
        this is ValueSlot<T> same ? same.Value : JsonSerializer.SerializeToElement(Value, typeInfo).Deserialize(otherTypeInfo)!;
}
