using OzaBot.BotFramework.State;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>
/// The storage contract on <see cref="AzureTableStorage"/> against a real Azurite, each test on its own
/// table; "reopening" builds a new client (new HTTP connections, no shared state) over the same table.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTableStorageContractTests(AzuriteFixture azurite) : StorageContractTests
{
    private readonly string _table = AzuriteFixture.NewTableName();

    protected override Task<IStorage> OpenStoreAsync() => Task.FromResult<IStorage>(
        new AzureTableStorage(AzureTableClients.Create(new AzureTableStorageOptions { ConnectionString = azurite.ConnectionString }).GetTableClient(_table)));
}
