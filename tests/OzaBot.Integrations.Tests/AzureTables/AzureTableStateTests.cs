using Microsoft.Extensions.Logging.Abstractions;
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

    protected override IStorage CreateStore() => AzureTableStorageFactory.Create(
        new AzureTableStorageOptions { ConnectionString = azurite.ConnectionString, TableName = _table },
        TimeProvider.System,
        NullLogger.Instance);
}
