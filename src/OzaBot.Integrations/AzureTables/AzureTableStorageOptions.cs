namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Bound from the "Storage" configuration section when <c>Storage:Provider</c> is <c>AzureTables</c>.
/// Give either <see cref="ConnectionString"/> (Shared Key; <c>UseDevelopmentStorage=true</c> for Azurite)
/// or <see cref="TableEndpoint"/> (Microsoft Entra ID: managed identity when
/// <see cref="ManagedIdentityClientId"/> is set, otherwise DefaultAzureCredential).
/// </summary>
public sealed class AzureTableStorageOptions
{
    public const string SectionName = "Storage";
    public const string DefaultTableName = "ozabotstate";

    /// <summary>Storage:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Storage:TableEndpoint, e.g. https://acct.table.core.windows.net.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Storage:ManagedIdentityClientId: the client id of a user-assigned managed identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Storage:TableName.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>Retry tuning; internal so it is not a configuration key (the defaults suit the service).</summary>
    internal TableRetryOptions Retry { get; init; } = new();

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
                _ = TableConnectionString.Parse(ConnectionString!);
            }
            catch (FormatException e)
            {
                problems.Add("Storage:ConnectionString: " + e.Message);
            }
        }

        if (!TableRestClient.IsValidTableName(TableName))
        {
            problems.Add($"Storage:TableName '{TableName}' is not a valid table name (a letter, then 2–62 letters or digits).");
        }

        if (Retry.MaxRetries < 0 || Retry.BaseDelay < TimeSpan.Zero || Retry.MaxDelay < Retry.BaseDelay || Retry.AttemptTimeout <= TimeSpan.Zero)
        {
            problems.Add("Retry options need MaxRetries ≥ 0, 0 ≤ BaseDelay ≤ MaxDelay and AttemptTimeout > 0.");
        }

        return problems;
    }
}
