using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Bound from the "Storage" configuration section when <c>Storage:Provider</c> is <c>AzureTables</c>.
/// Give either <see cref="ConnectionString"/> (Shared Key; <c>UseDevelopmentStorage=true</c> for Azurite)
/// or <see cref="TableEndpoint"/> (Microsoft Entra ID: managed identity when
/// <see cref="ManagedIdentityClientId"/> is set, otherwise DefaultAzureCredential).
/// </summary>
public sealed partial class AzureTableStorageOptions
{
    public const string SectionName = "Storage";
    public const string DefaultTableName = "ozabotstate";

    /// <summary>Storage:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Storage:TableEndpoint, e.g. https://acct.table.core.windows.net.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Storage:ManagedIdentityClientId: the client id of a user-assigned managed identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Storage:TableName: the conversation-state table; the cases live in a second table with "cases" appended.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>The table of the cases and their index entities.</summary>
    public string CasesTableName => TableName + "cases";

    /// <summary>The configuration problems, in words an operator can act on; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasConnectionString == (TableEndpoint is not null))
        {
            problems.Add("Set exactly one of Storage:ConnectionString and Storage:TableEndpoint for Azure Table storage.");
        }

        if (hasConnectionString)
        {
            try
            {
                _ = new TableServiceClient(ConnectionString);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                problems.Add("Storage:ConnectionString is not a usable storage connection string (it needs AccountName and AccountKey, or UseDevelopmentStorage=true): " + e.Message);
            }
        }

        // "cases" is appended for the second table, so the name may be at most 58 characters.
        if (!TableNamePattern().IsMatch(TableName))
        {
            problems.Add($"Storage:TableName '{TableName}' is not a valid table name (a letter, then 2–57 letters or digits).");
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,57}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
