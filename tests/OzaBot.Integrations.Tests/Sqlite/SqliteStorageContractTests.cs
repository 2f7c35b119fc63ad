using OzaBot.BotFramework.State;
using OzaBot.Integrations.Sqlite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>The storage contract on <see cref="SqliteStorage"/>, each test on a fresh file; reopening opens the file again.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempSqliteFile _file = new();

    protected override Task<IStorage> OpenStoreAsync() => Task.FromResult<IStorage>(_file.Open());

    public void Dispose() => _file.Dispose();
}
