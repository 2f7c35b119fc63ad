using OzaBot.Integrations.Sqlite;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>A SQLite file in a fresh temporary folder, removed with its WAL files afterwards.</summary>
internal sealed class TempSqliteFile : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ozabot-sqlite-" + Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_folder, "data", "ozabot.db");

    public SqliteStorage Open() => new(OpenDatabase(), ownsDatabase: true);

    public SqliteCaseRepository OpenCases() => new(OpenDatabase(), ownsDatabase: true);

    private SqliteDatabase OpenDatabase() => new(new SqliteStorageOptions { Path = FilePath });

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
