using System.Buffers;
using System.Text;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// The Table service's data-model limits, checked before a request is sent. Azurite does not enforce
/// most of them (entity size, property count, property names), so without these checks a write that
/// passes every local test would fail in Azure.
/// </summary>
internal static class TableLimits
{
    public const int MaxKeyLength = 1024;
    public const int MaxPropertyCount = 255; // including PartitionKey, RowKey and Timestamp
    public const int SystemPropertyCount = 3;
    public const int MaxPropertyNameLength = 255;

    // 64 KiB per property; the real service rejected a 65,536-byte string, so stay one below.
    public const int MaxPropertyBytes = (64 * 1024) - 1;
    public const int MaxStringLength = MaxPropertyBytes / 2; // UTF-16
    public const int MaxEntityBytes = 1024 * 1024;

    private static readonly SearchValues<char> ForbiddenKeyCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0x100).Select(i => (char)i).Where(IsForbiddenInKey)]);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first limit the entity breaks.</summary>
    public static void Validate(TableEntity entity)
    {
        ValidateKey(entity.PartitionKey, nameof(TableEntity.PartitionKey));
        ValidateKey(entity.RowKey, nameof(TableEntity.RowKey));
        if (entity.Properties.Count + SystemPropertyCount > MaxPropertyCount)
        {
            throw new ArgumentException(
                $"The entity has {entity.Properties.Count} properties; the Table service allows {MaxPropertyCount - SystemPropertyCount} besides PartitionKey, RowKey and Timestamp.",
                nameof(entity));
        }

        var size = EntitySize(entity);
        foreach (var (name, value) in entity.Properties)
        {
            ValidatePropertyName(name);
            var bytes = DataSize(value);
            if (bytes > MaxPropertyBytes)
            {
                throw new ArgumentException(
                    $"Property '{name}' holds {bytes:N0} bytes; the Table service allows {MaxPropertyBytes:N0} (a string at most {MaxStringLength:N0} characters).",
                    nameof(entity));
            }
        }

        if (size > MaxEntityBytes)
        {
            throw new ArgumentException($"The entity is {size:N0} bytes; the Table service allows {MaxEntityBytes:N0} (1 MiB).", nameof(entity));
        }
    }

    /// <summary>
    /// PartitionKey/RowKey: at most 1,024 characters and 1,024 UTF-8 bytes (the docs say both), none of
    /// <c>/ \ # ?</c>, U+0000–U+001F or U+007F–U+009F.
    /// </summary>
    public static void ValidateKey(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxKeyLength || Encoding.UTF8.GetByteCount(key) > MaxKeyLength)
        {
            throw new ArgumentException($"{paramName} is longer than {MaxKeyLength} characters or bytes.", paramName);
        }

        var bad = key.AsSpan().IndexOfAny(ForbiddenKeyCharacters);
        if (bad >= 0)
        {
            throw new ArgumentException($"{paramName} contains U+{(int)key[bad]:X4}, which the Table service forbids in keys.", paramName);
        }
    }

    public static bool IsForbiddenInKey(char c) => c is '/' or '\\' or '#' or '?' || char.IsControl(c);

    /// <summary>Property names: C# identifier style (letters, digits, '_', not starting with a digit), ≤ 255 characters.</summary>
    public static void ValidatePropertyName(string name)
    {
        var valid = name.Length is > 0 and <= MaxPropertyNameLength
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            && name is not ("PartitionKey" or "RowKey" or "Timestamp");
        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a valid Table property name (identifier style, ≤ {MaxPropertyNameLength} characters, not a system property).", nameof(name));
        }
    }

    /// <summary>The documented size formula: 4 + keys + Σ(8 + name + value), UTF-16 for text.</summary>
    public static int EntitySize(TableEntity entity)
    {
        var size = 4 + (entity.PartitionKey.Length * 2) + (entity.RowKey.Length * 2);
        foreach (var (name, value) in entity.Properties)
        {
            // Variable-length values carry a 4-byte length on top of their data.
            size += 8 + (name.Length * 2) + DataSize(value) + (value is string or byte[] ? 4 : 0);
        }

        return size;
    }

    private static int DataSize(object value) => value switch
    {
        string text => text.Length * 2,
        byte[] bytes => bytes.Length,
        bool => 1,
        int => 4,
        long or double or DateTimeOffset => 8,
        Guid => 16,
        _ => throw new ArgumentException($"{value.GetType().Name} is not a Table property type.", nameof(value)),
    };

}
