using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// How one JSON document fits in one entity: UTF-8, gzip-compressed, cut into Binary properties
/// <c>Part0…PartN</c> of at most 64,000 bytes, with <c>Parts</c> (the count), <c>Encoding</c> and the
/// original <c>Key</c>. One entity means one write, one ETag, atomic replace — where splitting across
/// rows would need a batch and weaker concurrency. UTF-8 + gzip (instead of UTF-16 strings) lets
/// documents of several MB of typical JSON fit the 1 MiB entity limit. Azurite does not enforce that
/// limit, so the size is checked here.
/// </summary>
internal static class StoredDocument
{
    public const int PartBytes = 64_000;
    public const int MaxEntityBytes = 1024 * 1024;
    public const string KeyProperty = "Key";
    public const string EncodingProperty = "Encoding";
    public const string PartsProperty = "Parts";
    public const string PartPrefix = "Part";
    public const string GzipUtf8 = "gzip+utf-8";

    /// <summary>Room kept for the keys, the small properties and the service's per-property overhead.</summary>
    private const int OverheadBytes = 8 * 1024;

    /// <summary>The document as an entity at the key's own place in the state table.</summary>
    public static TableEntity ToEntity(string key, string json) =>
        ToEntity(TableKeyCodec.PartitionFor(key), TableKeyCodec.Encode(key), key, json);

    public static TableEntity ToEntity(string partitionKey, string rowKey, string key, string json)
    {
        var compressed = Compress(json);
        var parts = Math.Max(1, (compressed.Length + PartBytes - 1) / PartBytes);
        var entity = new TableEntity(partitionKey, rowKey)
        {
            [KeyProperty] = key,
            [EncodingProperty] = GzipUtf8,
            [PartsProperty] = parts,
        };
        for (var i = 0; i < parts; i++)
        {
            var start = i * PartBytes;
            entity[PartPrefix + i] = compressed[start..Math.Min(compressed.Length, start + PartBytes)];
        }

        if (compressed.Length + ((partitionKey.Length + rowKey.Length + key.Length) * 2) + OverheadBytes > MaxEntityBytes)
        {
            throw new ArgumentException(
                $"The document '{key}' is {Encoding.UTF8.GetByteCount(json):N0} bytes of JSON ({compressed.Length:N0} compressed); one Azure Table entity holds at most {MaxEntityBytes:N0} bytes.",
                nameof(json));
        }

        return entity;
    }

    /// <returns>The JSON, or null when the entity belongs to another key (a hash collision on an over-long key).</returns>
    public static string? FromEntity(string key, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.GetString(KeyProperty) != key)
        {
            return null;
        }

        if (entity.GetString(EncodingProperty) != GzipUtf8)
        {
            throw new InvalidDataException($"The stored document '{key}' has an unknown encoding.");
        }

        using var compressed = new MemoryStream();
        for (var i = 0; i < entity.GetInt32(PartsProperty); i++)
        {
            compressed.Write(entity.GetBinary(PartPrefix + i) ?? throw new InvalidDataException($"The stored document '{key}' misses part {i}."));
        }

        compressed.Position = 0;
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Compress(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return buffer.ToArray();
    }
}
