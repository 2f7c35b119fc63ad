using System.Globalization;

namespace OzaBot.Integrations.AzureTables;

/// <summary>OData literals for <c>$filter</c> expressions, e.g. <c>$"PartitionKey eq {TableFilter.Quote(pk)}"</c>.</summary>
internal static class TableFilter
{
    /// <summary>A string literal: single quotes, an embedded quote doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string DateTime(DateTimeOffset value) =>
        "datetime'" + value.UtcDateTime.ToString(TableEntityJson.DateTimeFormat, CultureInfo.InvariantCulture) + "'";

    public static string Guid(Guid value) => "guid'" + value.ToString("D") + "'";
}
