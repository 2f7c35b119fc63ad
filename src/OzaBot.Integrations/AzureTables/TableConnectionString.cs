namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Parses Azure Storage connection strings the way the Azure SDK does (the parts a table client uses):
/// <c>UseDevelopmentStorage=true</c>, or <c>AccountName</c> + <c>AccountKey</c> with either
/// <c>TableEndpoint</c> or <c>DefaultEndpointsProtocol</c>/<c>EndpointSuffix</c>. Keys of other
/// services (BlobEndpoint, QueueEndpoint, …) are ignored; SAS tokens are not supported.
/// </summary>
internal static class TableConnectionString
{
    public static TableAccount Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split on the first '=' only: Base64 keys end in '='.
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"Connection string segment '{Redact(segment)}' is not 'Name=value'.");
            }

            var name = segment[..equals].Trim();
            if (!parts.TryAdd(name, segment[(equals + 1)..].Trim()))
            {
                throw new FormatException($"Connection string names '{name}' twice.");
            }
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            return TableAccount.Development;
        }

        if (parts.ContainsKey("SharedAccessSignature"))
        {
            throw new FormatException("SAS connection strings are not supported; use AccountName/AccountKey or Storage:TableEndpoint with Entra ID.");
        }

        parts.TryGetValue("TableEndpoint", out var explicitEndpoint);
        parts.TryGetValue("AccountName", out var accountName);
        if (!parts.TryGetValue("AccountKey", out var accountKey) || accountKey.Length == 0)
        {
            throw new FormatException("Connection string has no AccountKey.");
        }

        Uri endpoint;
        if (!string.IsNullOrEmpty(explicitEndpoint))
        {
            endpoint = new Uri(explicitEndpoint.TrimEnd('/'), UriKind.Absolute);
            accountName = string.IsNullOrEmpty(accountName) ? TableAccount.AccountNameFrom(endpoint) : accountName;
        }
        else
        {
            if (string.IsNullOrEmpty(accountName))
            {
                throw new FormatException("Connection string has neither AccountName nor TableEndpoint.");
            }

            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            endpoint = new Uri($"{protocol}://{accountName}.table.{suffix}", UriKind.Absolute);
        }

        try
        {
            _ = Convert.FromBase64String(accountKey);
        }
        catch (FormatException)
        {
            throw new FormatException("Connection string AccountKey is not Base64.");
        }

        return new TableAccount(endpoint, accountName, accountKey);
    }

    // Never echo a key into an exception message.
    private static string Redact(string segment) => segment.Length <= 16 ? segment : segment[..16] + "…";
}
