using OzaBot.Domain.Cases;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>A table written by the previous version (cases as <c>cases/{code}</c> documents in the state table) is migrated on first use.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTableCaseMigrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Legacy_case_documents_move_into_the_cases_table_and_conversation_state_stays()
    {
        var options = new AzureTableStorageOptions { ConnectionString = azurite.ConnectionString, TableName = AzuriteFixture.NewTableName() };
        var service = AzureTableClients.Create(options);
        var state = new AzureTableStorage(service.GetTableClient(options.TableName));
        var legacy = LegacyCases.Create("tenant-1", "19:groep@thread.v2");
        await state.WriteAsync("cases/" + legacy.Code, LegacyCases.Json(legacy), eTag: null);
        await state.WriteAsync("msteams/conversations/19:groep@thread.v2", """{"ozabot":{}}""", eTag: null);

        var repository = new AzureTableCaseRepository(service.GetTableClient(options.CasesTableName), service.GetTableClient(options.TableName));

        var moved = await repository.LoadAsync(new CaseKey("tenant-1", legacy.Code));
        Assert.Equal(StoredCaseJson.Serialize(legacy), StoredCaseJson.Serialize(moved! with { ETag = null }));
        Assert.Single(await repository.ListByConversationAsync("tenant-1", "19:groep@thread.v2"));
        Assert.Null(await state.ReadAsync("cases/" + legacy.Code));
        Assert.NotNull(await state.ReadAsync("msteams/conversations/19:groep@thread.v2"));
    }
}
