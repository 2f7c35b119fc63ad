using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;
using OzaBot.Host.Health;
using OzaBot.Integrations.Memory;
using OzaBot.Integrations.AzureTables;
using OzaBot.Integrations.Diagnostics;
using OzaBot.Integrations.Sqlite;

namespace OzaBot.Host.Configuration;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The one <see cref="IStorage"/> for conversation state and the <see cref="ICaseRepository"/>, chosen by <c>Storage:Provider</c>:
    /// <c>Sqlite</c> (the embedded default: a file under the content root), <c>AzureTables</c>
    /// (production, shared by scaled-out instances) or <c>Memory</c> (throwaway).
    /// </summary>
    public static IServiceCollection AddOzaBotStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = StorageProviders.From(configuration);
        if (provider == StorageProvider.AzureTables)
        {
            services.AddAzureTableStorage(configuration);
            services.AddSingleton(new StoreDescription(
                $"Azure Table storage (table {configuration[ConfigurationKeys.StorageTableName] ?? AzureTableStorageOptions.DefaultTableName})",
                $"Check {ConfigurationKeys.StorageTableEndpoint} (or {ConfigurationKeys.StorageConnectionString}) and that the identity has the Storage Table Data Contributor role."));
        }
        else if (provider == StorageProvider.Memory)
        {
            services.AddSingleton(new StoreDescription("the memory store", string.Empty));
            services.AddSingleton<IStorage, MemoryStorage>();
            services.AddSingleton<ICaseRepository, MemoryCaseRepository>();
        }
        else
        {
            var options = new SqliteStorageOptions { Path = Path.GetFullPath(configuration[ConfigurationKeys.StorageSqlitePath] ?? SqliteStorageOptions.DefaultPath, contentRoot) };
            services.AddSingleton(new StoreDescription(
                $"The SQLite file {options.Path}",
                $"The host must create and write it and its -wal and -shm files: make {Path.GetDirectoryName(options.Path)} writable for it, or set {ConfigurationKeys.StorageSqlitePath} to a writable place."));
            services.AddSingleton(_ => new SqliteDatabase(options));
            services.AddSingleton<IStorage>(sp => new SqliteStorage(sp.GetRequiredService<SqliteDatabase>()));

            // The same file and connections: the case tables beside the conversation documents (old case documents move on first start).
            services.AddSingleton<ICaseRepository>(sp => new SqliteCaseRepository(sp.GetRequiredService<SqliteDatabase>()));
        }

        // Every call to either store is counted (a few interlocked increments); the benchmark prints them per turn.
        services.AddSingleton<StoreCounters>();
        Decorate<IStorage>(services, (inner, sp) => new CountedStorage(inner, sp.GetRequiredService<StoreCounters>()));
        Decorate<ICaseRepository>(services, (inner, sp) => new CountedCaseRepository(inner, sp.GetRequiredService<StoreCounters>()));

        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));

        // One shared instance: it holds the per-conversation turn locks.
        services.AddSingleton(sp => new StateTurnMiddleware(sp.GetRequiredService<ConversationState>(), time: sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Replaces the last registration of <typeparamref name="T"/> by <paramref name="wrap"/> around it (the wrapper disposes the inner store).</summary>
    private static void Decorate<T>(IServiceCollection services, Func<T, IServiceProvider, T> wrap)
        where T : class
    {
        var inner = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(inner);
        services.AddSingleton(sp => wrap(
            (T)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
            sp));
    }
}
