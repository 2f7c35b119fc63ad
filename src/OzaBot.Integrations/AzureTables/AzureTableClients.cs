using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace OzaBot.Integrations.AzureTables;

/// <summary>Builds the SDK's <see cref="TableServiceClient"/> from the options, with retries tuned so an outage surfaces in about a second.</summary>
internal static class AzureTableClients
{
    /// <param name="credential">For <see cref="AzureTableStorageOptions.TableEndpoint"/>; null = the managed identity / DefaultAzureCredential the options imply.</param>
    public static TableServiceClient Create(AzureTableStorageOptions options, TokenCredential? credential = null)
    {
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.TableEndpoint!, credential ?? CredentialFor(options), ClientOptions())
            : new TableServiceClient(options.ConnectionString, ClientOptions());
    }

    /// <summary>
    /// One retry after 0.1 s, each attempt limited to 1 s: a refused connection fails in well under a second,
    /// a silent network in about two, instead of the SDK's default of minutes. A turn is waiting on the answer.
    /// 409 and 412 are never retried (the SDK retries only 408, 429, 500, 502, 503, 504 and network errors).
    /// </summary>
    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(1);
        return options;
    }

    private static TokenCredential CredentialFor(AzureTableStorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
