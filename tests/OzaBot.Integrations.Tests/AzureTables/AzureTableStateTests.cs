using OzaBot.BotFramework.State;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>Conversation state on Azurite, two "instances" sharing one table as two App Service instances would.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTableStateTests(AzuriteFixture azurite) : SharedConversationStateTests
{
    private readonly string _table = AzuriteFixture.NewTableName();

    protected override IStorage CreateStore() => new AzureTableStorage(AzureTableClients.Create(new AzureTableStorageOptions { ConnectionString = azurite.ConnectionString }).GetTableClient(_table));
}
