using System.Globalization;
using System.Text.Json;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Entities on the wire in the OData JSON "minimalmetadata" shape. Types JSON cannot express
/// (Int64 as a string, DateTime, Guid, Binary as Base64) carry a <c>Name@odata.type</c> annotation;
/// so do doubles, because .NET writes 2.0 as <c>2</c> and the service would store an Int32.
/// </summary>
internal static class TableEntityJson
{
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static byte[] Serialize(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("PartitionKey", entity.PartitionKey);
            json.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
            {
                WriteProperty(json, name, value);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static TableEntity Deserialize(JsonElement element, string? eTag)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.EndsWith(EdmType.Annotation, StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
            {
                types[property.Name[..^EdmType.Annotation.Length]] = property.Value.GetString()!;
            }
        }

        string? partitionKey = null, rowKey = null;
        DateTimeOffset? timestamp = null;
        var values = new List<KeyValuePair<string, object>>();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            switch (name)
            {
                case "PartitionKey": partitionKey = property.Value.GetString(); break;
                case "RowKey": rowKey = property.Value.GetString(); break;
                case "Timestamp": timestamp = ParseDate(property.Value.GetString()!); break;
                default:
                    if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        values.Add(new(name, ReadValue(property.Value, types.GetValueOrDefault(name))));
                    }

                    break;
            }
        }

        // Queries carry the ETag in the body ("odata.etag"), single reads in the response header.
        if (eTag is null && element.TryGetProperty("odata.etag", out var bodyETag))
        {
            eTag = bodyETag.GetString();
        }

        // A $select without the keys returns entities without them.
        var entity = new TableEntity(partitionKey ?? string.Empty, rowKey ?? string.Empty)
        {
            ETag = eTag,
            Timestamp = timestamp,
        };
        foreach (var (name, value) in values)
        {
            entity[name] = value;
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string text: json.WriteString(name, text); break;
            case int number: json.WriteNumber(name, number); break;
            case bool flag: json.WriteBoolean(name, flag); break;
            case long number:
                Annotate(json, name, EdmType.Int64);
                json.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                Annotate(json, name, EdmType.Double);
                if (double.IsFinite(number))
                {
                    json.WriteNumber(name, number);
                }
                else
                {
                    // OData spells the non-finite doubles as strings.
                    json.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "INF" : "-INF");
                }

                break;
            case DateTimeOffset moment:
                Annotate(json, name, EdmType.DateTime);
                json.WriteString(name, moment.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                break;
            case Guid id:
                Annotate(json, name, EdmType.Guid);
                json.WriteString(name, id.ToString("D"));
                break;
            case byte[] bytes:
                Annotate(json, name, EdmType.Binary);
                json.WriteBase64String(name, bytes);
                break;
            default:
                throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which the Table service cannot store.", nameof(value));
        }
    }

    private static void Annotate(Utf8JsonWriter json, string name, string edmType) => json.WriteString(name + EdmType.Annotation, edmType);

    private static object ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        EdmType.Int64 => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        EdmType.DateTime => ParseDate(value.GetString()!),
        EdmType.Guid => Guid.Parse(value.GetString()!),
        EdmType.Binary => value.GetBytesFromBase64(),
        EdmType.Double => value.ValueKind == JsonValueKind.String ? ParseSpecialDouble(value.GetString()!) : value.GetDouble(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var int32) => int32,
            JsonValueKind.Number => value.GetDouble(),
            _ => throw new JsonException($"unexpected JSON {value.ValueKind} in an entity"),
        },
    };

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static double ParseSpecialDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "INF" => double.PositiveInfinity,
        "-INF" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };
}
