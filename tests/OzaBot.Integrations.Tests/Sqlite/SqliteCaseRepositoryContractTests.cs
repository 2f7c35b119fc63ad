using OzaBot.Domain.Cases;
using OzaBot.Integrations.Sqlite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>The case repository contract on a fresh SQLite file per test; every open is another connection pool on the file.</summary>
public sealed class SqliteCaseRepositoryContractTests : CaseRepositoryContractTests, IDisposable
{
    private readonly TempSqliteFile _file = new();

    protected override ICaseRepository Open() => _file.OpenCases();

    public void Dispose() => _file.Dispose();
}
