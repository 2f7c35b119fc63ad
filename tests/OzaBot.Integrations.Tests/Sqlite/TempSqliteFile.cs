using Microsoft.Data.Sqlite;
using OzaBot.Integrations.Sqlite;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>A SQLite file in a fresh temporary folder, removed with its WAL files afterwards.</summary>
internal sealed class TempSqliteFile : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ozabot-sqlite-" + Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_folder, "data", "ozabot.db");

    public SqliteStorage Open() => new(OpenDatabase(), ownsDatabase: true);

    public SqliteCaseRepository OpenCases() => new(OpenDatabase(), ownsDatabase: true);

    /// <summary>A plain connection to the file, as another program would open it, to look at or change it from outside.</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private SqliteDatabase OpenDatabase() => new(new SqliteStorageOptions { Path = FilePath });

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
