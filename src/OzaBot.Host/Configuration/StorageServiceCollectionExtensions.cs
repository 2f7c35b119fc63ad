using OzaBot.BotFramework.State;
using OzaBot.Integrations.AzureTables;
using OzaBot.Integrations.Sqlite;

namespace OzaBot.Host.Configuration;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The one <see cref="IStorage"/> for state, cases and meetings, chosen by <c>Storage:Provider</c>:
    /// <c>Sqlite</c> (the embedded default: a file under the content root), <c>AzureTables</c>
    /// (production, shared by scaled-out instances) or <c>Memory</c> (throwaway).
    /// </summary>
    public static IServiceCollection AddOzaBotStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration[ConfigurationKeys.StorageProvider] ?? "Sqlite";
        if (provider.Equals("AzureTables", StringComparison.OrdinalIgnoreCase))
        {
            services.AddAzureTableStorage(configuration);
        }
        else if (provider.Equals("Memory", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IStorage, MemoryStorage>();
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(configuration[ConfigurationKeys.StorageSqlitePath] ?? SqliteStorageOptions.DefaultPath, contentRoot);
            services.AddSingleton<IStorage>(_ =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new SqliteStorage(new SqliteStorageOptions { Path = path });
            });
        }
        else
        {
            throw new InvalidOperationException($"{ConfigurationKeys.StorageProvider} must be Sqlite, AzureTables or Memory, not '{provider}'.");
        }

        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));

        // One shared instance: it holds the per-conversation turn locks.
        services.AddSingleton(sp => new StateTurnMiddleware(sp.GetRequiredService<ConversationState>()));
        return services;
    }
}
