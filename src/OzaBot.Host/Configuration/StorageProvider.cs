namespace OzaBot.Host.Configuration;

/// <summary><c>Storage:Provider</c>: where the cases and the conversation state live (docs/state.md).</summary>
internal enum StorageProvider
{
    Sqlite,
    AzureTables,
    Memory,
}

internal static class StorageProviders
{
    /// <summary>The configured provider (<c>Sqlite</c> when unset, any letter case); an unknown name stops start-up with the reason.</summary>
    public static StorageProvider From(IConfiguration configuration)
    {
        var name = configuration[ConfigurationKeys.StorageProvider] ?? nameof(StorageProvider.Sqlite);
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            if (provider.ToString().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new InvalidOperationException($"{ConfigurationKeys.StorageProvider} must be Sqlite, AzureTables or Memory, not '{name}'.");
    }
}
