using OzaBot.Integrations.Sqlite;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>What the SQLite store leaves on disk, checked with plain SQL.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public void The_default_path_is_under_the_data_folder() =>
        Assert.Equal("data/ozabot.db", new SqliteStorageOptions().Path);

    [Fact]
    public async Task The_file_is_created_at_the_configured_path_in_wal_mode_with_readable_rows()
    {
        Assert.False(File.Exists(_file.FilePath));
        string eTag;
        using (var store = _file.Open())
        {
            eTag = await store.WriteAsync("msteams/conversations/a:1", "{\"stap\":2}", eTag: null);
        }

        Assert.True(File.Exists(_file.FilePath));
        using var connection = _file.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT key || ' ' || json || ' ' || etag FROM documents";
        Assert.Equal("msteams/conversations/a:1 {\"stap\":2} " + eTag, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_closed_store_refuses_calls()
    {
        var store = _file.Open();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ReadAsync("a"));
    }

    public void Dispose() => _file.Dispose();
}
