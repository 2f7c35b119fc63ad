using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.AzureTables;

public static class AzureTableStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure Table storage as the singleton <see cref="IStorage"/> and <see cref="ICaseRepository"/>,
    /// configured from the "Storage" section (<see cref="AzureTableStorageOptions"/>), validated at start-up.
    /// Call it when <c>Storage:Provider</c> is <c>AzureTables</c>. A <see cref="TokenCredential"/> registered
    /// in the container is used for <c>Storage:TableEndpoint</c>; otherwise the options pick
    /// ManagedIdentityCredential or DefaultAzureCredential.
    /// </summary>
    public static IServiceCollection AddAzureTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AzureTableStorageOptions>()
            .Bind(configuration.GetSection(AzureTableStorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureTableStorageOptions>, AzureTableStorageOptionsValidator>());
        services.AddSingleton(provider => AzureTableClients.Create(
            provider.GetRequiredService<IOptions<AzureTableStorageOptions>>().Value,
            provider.GetService<TokenCredential>()));
        services.AddSingleton<IStorage>(provider => new AzureTableStorage(StateTable(provider)));
        services.AddSingleton<ICaseRepository>(provider => new AzureTableCaseRepository(
            provider.GetRequiredService<TableServiceClient>().GetTableClient(provider.GetRequiredService<IOptions<AzureTableStorageOptions>>().Value.CasesTableName),
            StateTable(provider)));
        return services;
    }

    private static TableClient StateTable(IServiceProvider provider) =>
        provider.GetRequiredService<TableServiceClient>().GetTableClient(provider.GetRequiredService<IOptions<AzureTableStorageOptions>>().Value.TableName);
}
