using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using OzaBot.BotFramework.Json;

namespace OzaBot.BotFramework.State;

/// <summary>One state document as loaded for the current turn: its properties, the ETag it was read with, and its JSON then.</summary>
internal sealed class CachedBotState
{
    private const string EmptyDocument = "{}";

    // The document as last read or written, to skip saves that change nothing: the loaded document's own UTF-8 bytes
    // (no copy), or else the text last written or found, encoded only when compared again.
    private JsonElement _loaded;
    private string? _savedText;
    private byte[]? _savedTextUtf8;

    private CachedBotState(string key, string? eTag, SortedDictionary<string, PropertySlot> properties)
    {
        Key = key;
        ETag = eTag;
        Properties = properties;
    }

    public string Key { get; }

    /// <summary>The stored version this turn builds on; null when there was no document (the save then creates it).</summary>
    public string? ETag { get; private set; }

    // Sorted so the same content always serializes to the same text.
    public SortedDictionary<string, PropertySlot> Properties { get; }

    /// <summary>Set by Clear: write even when the serialized text equals what was loaded.</summary>
    public bool ForceWrite { get; set; }

    public static CachedBotState FromStore(string key, StoreItem? item)
    {
        var properties = new SortedDictionary<string, PropertySlot>(StringComparer.Ordinal);
        if (item is null)
        {
            return new CachedBotState(key, null, properties) { _savedText = EmptyDocument };
        }

        // A document that is not a JSON object (damaged by hand) starts over empty; its ETag and text are kept, so
        // the next save replaces exactly that version.
        if (ParseObject(item.Json) is not { } document)
        {
            return new CachedBotState(key, item.ETag, properties) { _savedText = item.Json };
        }

        foreach (var property in document.EnumerateObject())
        {
            properties[property.Name] = new RawSlot(property.Value);
        }

        return new CachedBotState(key, item.ETag, properties) { _loaded = document };
    }

    private static JsonElement? ParseObject(string json)
    {
        try
        {
            // The element's own document, parsed once: JsonDocument.Parse and Clone would copy it twice.
            var element = JsonElement.Parse(json);
            return element.ValueKind == JsonValueKind.Object ? element : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether a save would write: the document changed since it was last read or written, or was cleared.</summary>
    public bool HasChanges
    {
        get
        {
            if (ForceWrite)
            {
                return true;
            }

            // Compared as UTF-8, without a string (a turn asks this and then saves).
            using var json = Serialize();
            return !json.Written.SequenceEqual(Saved());
        }
    }

    /// <summary>The document's JSON if a save would write it (or <paramref name="always"/>), else null.</summary>
    public string? JsonToWrite(bool always)
    {
        using var json = Serialize();
        return always || ForceWrite || !json.Written.SequenceEqual(Saved()) ? Encoding.UTF8.GetString(json.Written) : null;
    }

    private ScratchJsonWriter Serialize()
    {
        var json = ScratchJsonWriter.Rent();
        var writer = json.Writer;
        writer.WriteStartObject();
        foreach (var (name, slot) in Properties)
        {
            writer.WritePropertyName(name);
            slot.WriteTo(writer);
        }

        writer.WriteEndObject();
        return json;
    }

    public void MarkSaved(string json, string eTag)
    {
        SetSaved(json);
        ETag = eTag;
        ForceWrite = false;
    }

    public void MarkDeleted()
    {
        Properties.Clear();
        SetSaved(EmptyDocument);
        ETag = null;
        ForceWrite = false;
    }

    private ReadOnlySpan<byte> Saved() =>
        _savedText is null ? JsonMarshal.GetRawUtf8Value(_loaded) : (_savedTextUtf8 ??= Encoding.UTF8.GetBytes(_savedText));

    private void SetSaved(string json)
    {
        _loaded = default;
        _savedText = json;
        _savedTextUtf8 = null;
    }
}
