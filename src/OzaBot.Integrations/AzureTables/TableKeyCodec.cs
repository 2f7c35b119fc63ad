using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Maps any storage key to a valid RowKey and back. Bot state keys look like
/// <c>msteams/conversations/19:abc@thread.v2</c>; Table keys forbid <c>/ \ # ?</c> and control characters.
/// Each forbidden character, and the escape character <c>~</c> itself, becomes <c>~XX</c> (two hex
/// digits); a lone UTF-16 surrogate (not representable in a URL) becomes <c>~uXXXX</c>. <c>~</c> is
/// URL-unreserved, so encoded keys survive the request path untouched. A key whose encoding would exceed
/// the 1 KiB key limit becomes <c>~h</c> + its SHA-256 (never produced by escaping, as <c>h</c> is not a
/// hex digit); the store keeps the original key in a property to detect the (theoretical) collision.
/// </summary>
internal static class TableKeyCodec
{
    /// <summary>The service's limit for PartitionKey and RowKey, in characters and in UTF-8 bytes.</summary>
    public const int MaxKeyLength = 1024;

    private const char Escape = '~';
    private const string HashedPrefix = "~h";

    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoded = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
            {
                encoded.Append(c).Append(key[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                encoded.Append(Escape).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (c == Escape || IsForbiddenInKey(c))
            {
                encoded.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                encoded.Append(c);
            }
        }

        var result = encoded.ToString();
        return result.Length <= MaxKeyLength && Encoding.UTF8.GetByteCount(result) <= MaxKeyLength
            ? result
            : HashedPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>The original key, or null for a hashed (over-long) key, whose original the entity carries.</summary>
    public static string? Decode(string rowKey)
    {
        if (rowKey.StartsWith(HashedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var decoded = new StringBuilder(rowKey.Length);
        for (var i = 0; i < rowKey.Length; i++)
        {
            if (rowKey[i] != Escape)
            {
                decoded.Append(rowKey[i]);
            }
            else if (rowKey[i + 1] == 'u')
            {
                decoded.Append((char)int.Parse(rowKey.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                decoded.Append((char)int.Parse(rowKey.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
        }

        return decoded.ToString();
    }

    /// <summary>
    /// The PartitionKey: two hex digits of the key's SHA-256. Every operation addresses one document, so
    /// no operation needs a partition range; hashing spreads documents evenly over 256 partitions, which
    /// the service can serve from different servers when several bot instances are busy.
    /// </summary>
    public static string PartitionFor(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 1);

    /// <summary>Characters the service forbids in PartitionKey and RowKey.</summary>
    public static bool IsForbiddenInKey(char c) => c is '/' or '\\' or '#' or '?' || char.IsControl(c);
}
