using System.Globalization;

namespace OzaBot.Integrations.AzureTables;

/// <summary>OData literals for <c>$filter</c> expressions, e.g. <c>$"PartitionKey eq {TableFilter.Quote(pk)}"</c>.</summary>
internal static class TableFilter
{
    /// <summary>A string literal: single quotes, an embedded quote doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string DateTime(DateTimeOffset value) =>
        "datetime'" + value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'";

    public static string Guid(Guid value) => "guid'" + value.ToString("D") + "'";

    /// <summary>Every string from <paramref name="prefix"/> up to (not including) the next prefix — Tables has no LIKE.</summary>
    public static string StartsWith(string property, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        return $"{property} ge {Quote(prefix)} and {property} lt {Quote(upper)}";
    }
}
