using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace OzaBot.Integrations.AzureTables;

/// <summary>Builds the store from options: the HTTP client, the authorizer, the REST client.</summary>
internal static class AzureTableStorageFactory
{
    /// <param name="credential">For <see cref="AzureTableStorageOptions.TableEndpoint"/>; null = the managed identity / DefaultAzureCredential the options imply.</param>
    public static AzureTableStorage Create(AzureTableStorageOptions options, TimeProvider time, ILogger logger, TokenCredential? credential = null)
    {
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        Uri endpoint;
        ITableRequestAuthorizer authorizer;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var account = TableConnectionString.Parse(options.ConnectionString);
            endpoint = account.TableEndpoint;
            authorizer = new SharedKeyLiteAuthorizer(account.AccountName, account.AccountKey!);
        }
        else
        {
            endpoint = options.TableEndpoint!;
            authorizer = new TokenCredentialAuthorizer(credential ?? CredentialFor(options), time);
        }

        // Long-lived client; recycling pooled connections picks up DNS changes (App Service, failover).
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan, // per-attempt timeouts come from TableRetryOptions
        };
        var client = new TableRestClient(http, ownsHttp: true, endpoint, options.TableName, authorizer, options.Retry, time, logger);
        return new AzureTableStorage(client);
    }

    private static TokenCredential CredentialFor(AzureTableStorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
