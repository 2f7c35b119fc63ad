using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>Builds <see cref="TableRestClient"/>s for Azurite and for the loopback stand-in.</summary>
internal static class TestTableClients
{
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static TableRestClient ForAzurite(AzuriteFixture azurite, string table, string accountKey = AzuriteFixture.AccountKey) =>
        Create(azurite.TableEndpoint, table, new SharedKeyLiteAuthorizer(AzuriteFixture.AccountName, accountKey), TimeProvider.System, new TableRetryOptions());

    public static TableRestClient SharedKey(Uri endpoint, TimeProvider time, TableRetryOptions? retry = null) =>
        Create(endpoint, "ozabotstate", new SharedKeyLiteAuthorizer(TableAccount.DevelopmentAccountName, TableAccount.DevelopmentAccountKey), time, retry ?? new TableRetryOptions());

    public static TableRestClient Bearer(Uri endpoint, TokenCredential credential, TimeProvider time) =>
        Create(endpoint, "ozabotstate", new TokenCredentialAuthorizer(credential, time), time, new TableRetryOptions());

    private static TableRestClient Create(Uri endpoint, string table, ITableRequestAuthorizer authorizer, TimeProvider time, TableRetryOptions retry) =>
        new(new HttpClient(), ownsHttp: true, endpoint, table, authorizer, retry, time, NullLogger.Instance);
}
