using OzaBot.Integrations.Sqlite;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>The database checkpoints the write-ahead log itself, beside the turns, instead of in the write that fills it.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Writes_stay_in_the_write_ahead_log_until_the_checkpoint_copies_them_into_the_file()
    {
        using var database = new SqliteDatabase(new SqliteStorageOptions { Path = _file.FilePath, CheckpointInterval = Timeout.InfiniteTimeSpan });
        var store = new SqliteStorage(database);
        var before = new FileInfo(_file.FilePath).Length;

        // About 250 pages, far under SQLite's own checkpoint (the backstop): only Checkpoint moves them.
        for (var i = 0; i < 250; i++)
        {
            await store.WriteAsync($"doc/{i}", $"{{\"text\":\"{new string('x', 3000)}\"}}", "*");
        }

        Assert.Equal(before, new FileInfo(_file.FilePath).Length);
        Assert.True(new FileInfo(_file.FilePath + "-wal").Length > 250 * 3000);

        database.Checkpoint();

        Assert.True(new FileInfo(_file.FilePath).Length > before + (250 * 3000));
    }

    [Fact]
    public void A_checkpoint_after_disposal_does_nothing()
    {
        var database = new SqliteDatabase(new SqliteStorageOptions { Path = _file.FilePath });
        database.Dispose();

        database.Checkpoint();
    }

    public void Dispose() => _file.Dispose();
}
