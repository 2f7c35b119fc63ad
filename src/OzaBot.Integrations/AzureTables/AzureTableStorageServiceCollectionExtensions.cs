using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.AzureTables;

public static class AzureTableStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure Table storage as the singleton <see cref="IStorage"/>, configured from the
    /// "Storage" section (<see cref="AzureTableStorageOptions"/>), validated at start-up. Call it when
    /// <c>Storage:Provider</c> is <c>AzureTables</c>. A <see cref="TokenCredential"/> registered in the
    /// container is used for <c>Storage:TableEndpoint</c>; otherwise the options pick
    /// ManagedIdentityCredential or DefaultAzureCredential.
    /// </summary>
    public static IServiceCollection AddAzureTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AzureTableStorageOptions>()
            .Bind(configuration.GetSection(AzureTableStorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureTableStorageOptions>, AzureTableStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage>(provider => AzureTableStorageFactory.Create(
            provider.GetRequiredService<IOptions<AzureTableStorageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger("OzaBot.Integrations.AzureTables") ?? NullLogger.Instance,
            provider.GetService<TokenCredential>()));
        return services;
    }
}
