using OzaBot.Domain.Cases;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>The case repository contract against a real Azurite, each test on its own tables; every open is a new SDK client.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTableCaseRepositoryContractTests(AzuriteFixture azurite) : CaseRepositoryContractTests
{
    private readonly AzureTableStorageOptions _options = new() { ConnectionString = azurite.ConnectionString, TableName = AzuriteFixture.NewTableName() };

    protected override ICaseRepository Open()
    {
        var service = AzureTableClients.Create(_options);
        return new AzureTableCaseRepository(service.GetTableClient(_options.CasesTableName), service.GetTableClient(_options.TableName));
    }
}
