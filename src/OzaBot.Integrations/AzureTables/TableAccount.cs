namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Where the Table service lives and, for Shared Key, the account key.
/// <paramref name="TableEndpoint"/> is the service root: <c>https://acct.table.core.windows.net</c>
/// or, path-style (Azurite), <c>http://127.0.0.1:10002/devstoreaccount1</c>.
/// </summary>
internal sealed record TableAccount(Uri TableEndpoint, string AccountName, string? AccountKey)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known key (public, documented in the Azurite README).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static TableAccount Development { get; } =
        new(new Uri("http://127.0.0.1:10002/devstoreaccount1"), DevelopmentAccountName, DevelopmentAccountKey);

    /// <summary>
    /// The account name an endpoint implies: the first DNS label of a host name, or the first path
    /// segment for an IP or loopback host (path-style, as Azurite uses) — the SDK's rule.
    /// </summary>
    public static string AccountNameFrom(Uri endpoint)
    {
        var pathStyle = endpoint.IsLoopback || endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
        var name = pathStyle
            ? endpoint.AbsolutePath.Trim('/').Split('/')[0]
            : endpoint.Host.Split('.')[0];
        return name.Length > 0
            ? name
            : throw new FormatException($"The table endpoint '{endpoint}' does not name a storage account.");
    }
}
