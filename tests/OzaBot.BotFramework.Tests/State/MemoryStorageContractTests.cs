using OzaBot.BotFramework.State;
using OzaBot.Testing.Storage;

namespace OzaBot.BotFramework.Tests.State;

/// <summary>The storage contract on <see cref="MemoryStorage"/>: "reopening" hands back the same in-process store.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    private readonly MemoryStorage _store = new();

    protected override Task<IStorage> OpenStoreAsync() => Task.FromResult<IStorage>(_store);
}
