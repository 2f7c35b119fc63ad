using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OzaBot.Domain.Cases;

/// <summary>
/// One stored case as one JSON document <c>{"case": …, "meta": …}</c>: the shape every store keeps and
/// the shape the old key/value store wrote under <c>cases/{code}</c>, so migration is a copy.
/// </summary>
public static class StoredCaseJson
{
    public static string Serialize(StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("case");
            JsonSerializer.Serialize(writer, stored.Case, CaseJsonContext.Default.Case);
            writer.WritePropertyName("meta");
            JsonSerializer.Serialize(writer, stored.Meta, CaseJsonContext.Default.CaseMeta);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static StoredCase Deserialize(string json, string? eTag)
    {
        using var document = JsonDocument.Parse(json);
        var @case = document.RootElement.GetProperty("case").Deserialize(CaseJsonContext.Default.Case)
            ?? throw new InvalidDataException("A stored case without its case.");
        var meta = document.RootElement.TryGetProperty("meta", out var m) ? m.Deserialize(CaseJsonContext.Default.CaseMeta) ?? new CaseMeta() : new CaseMeta();
        return new StoredCase(@case, meta, eTag);
    }
}
