using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OzaBot.BotFramework.State;

/// <summary>One state document as loaded for the current turn: its properties, the ETag it was read with, and its JSON then.</summary>
internal sealed class CachedBotState
{
    private const string EmptyDocument = "{}";

    private CachedBotState(string key, string? eTag, string json, SortedDictionary<string, PropertySlot> properties)
    {
        Key = key;
        ETag = eTag;
        SavedJson = json;
        Properties = properties;
    }

    public string Key { get; }

    /// <summary>The stored version this turn builds on; null when there was no document (the save then creates it).</summary>
    public string? ETag { get; private set; }

    /// <summary>The document as last read or written, to skip saves that change nothing.</summary>
    public string SavedJson { get; private set; }

    // Sorted so the same content always serializes to the same text.
    public SortedDictionary<string, PropertySlot> Properties { get; }

    /// <summary>Set by Clear: write even when the serialized text equals what was loaded.</summary>
    public bool ForceWrite { get; set; }

    public static CachedBotState FromStore(string key, StoreItem? item)
    {
        var properties = new SortedDictionary<string, PropertySlot>(StringComparer.Ordinal);
        if (item is null)
        {
            return new CachedBotState(key, null, EmptyDocument, properties);
        }

        foreach (var property in ParseObject(item.Json).EnumerateObject())
        {
            properties[property.Name] = new RawSlot(property.Value);
        }

        return new CachedBotState(key, item.ETag, item.Json, properties);
    }

    // A document that is not a JSON object (damaged by hand) starts over empty; its ETag is kept, so
    // the next save replaces exactly that version.
    private static JsonElement ParseObject(string json)
    {
        try
        {
            // The element's own document, parsed once: JsonDocument.Parse and Clone would copy it twice.
            var element = JsonElement.Parse(json);
            if (element.ValueKind == JsonValueKind.Object)
            {
                return element;
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: start over the same way.
        }

        return JsonElement.Parse(EmptyDocument);
    }

    public string Serialize()
    {
        // Sized for the document as loaded, so the buffer rarely grows (each growth copies it).
        var buffer = new ArrayBufferWriter<byte>(SavedJson.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, slot) in Properties)
            {
                writer.WritePropertyName(name);
                slot.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public void MarkSaved(string json, string eTag)
    {
        SavedJson = json;
        ETag = eTag;
        ForceWrite = false;
    }

    public void MarkDeleted()
    {
        Properties.Clear();
        SavedJson = EmptyDocument;
        ETag = null;
        ForceWrite = false;
    }
}
