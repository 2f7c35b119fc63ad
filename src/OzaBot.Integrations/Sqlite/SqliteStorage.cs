using System.Globalization;
using System.Security.Cryptography;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// The embedded default <see cref="IStorage"/>: a table <c>documents</c> in the SQLite file (write-ahead-log mode),
/// shared safely by several processes. Every conditional write is a single SQL statement whose affected-row count
/// decides the conflict, so there is no read-then-write race.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    /// <summary>The table of documents; the case schema creates it too, to move legacy case documents out of it.</summary>
    internal const string CreateDocumentsTableSql = """
        CREATE TABLE IF NOT EXISTS documents (
            key  TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL,
            etag TEXT NOT NULL
        );
        """;

    private const string ReadSql = "SELECT json, etag FROM documents WHERE key = $key";
    private const string InsertSql = "INSERT INTO documents (key, json, etag) VALUES ($key, $json, $etag) ON CONFLICT (key) DO NOTHING";
    private const string UpsertSql = "INSERT INTO documents (key, json, etag) VALUES ($key, $json, $etag) ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag";
    private const string UpdateIfMatchSql = "UPDATE documents SET json = $json, etag = $etag WHERE key = $key AND etag = $expected";
    private const string DeleteSql = "DELETE FROM documents WHERE key = $key";
    private const string DeleteIfMatchSql = "DELETE FROM documents WHERE key = $key AND etag = $expected";

    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly string _eTagPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "-";
    private long _eTagCounter;

    /// <summary>A store on the database's connections (shared with the case repository on the same file).</summary>
    /// <param name="ownsDatabase">Whether disposing the store disposes the database (a database of its own).</param>
    public SqliteStorage(SqliteDatabase database, bool ownsDatabase = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _ownsDatabase = ownsDatabase;
        _database.Write(session => session.Execute(CreateDocumentsTableSql + " PRAGMA user_version = 1;"));
    }

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = _database.Read(session => session.Query(ReadSql, r => new StoreItem(key, r.GetString(0), r.GetString(1)), ("$key", key)));
        return Task.FromResult(rows.Count == 0 ? null : rows[0]);
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        cancellationToken.ThrowIfCancellationRequested();
        var newETag = NewETag();

        // An upsert always writes; the other two write only when the row is new or still has the expected ETag.
        var written = _database.Write(session => eTag switch
        {
            null => session.Execute(InsertSql, ("$key", key), ("$json", json), ("$etag", newETag)) == 1,
            "*" => session.Execute(UpsertSql, ("$key", key), ("$json", json), ("$etag", newETag)) >= 0,
            _ => session.Execute(UpdateIfMatchSql, ("$key", key), ("$json", json), ("$etag", newETag), ("$expected", eTag)) == 1,
        });
        return written ? Task.FromResult(newETag) : Task.FromException<string>(StorageConflictException.For(key));
    }

    public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        // An unconditional delete succeeds whether or not the row exists.
        var deleted = _database.Write(session => eTag is null or "*"
            ? session.Execute(DeleteSql, ("$key", key)) >= 0
            : session.Execute(DeleteIfMatchSql, ("$key", key), ("$expected", eTag)) == 1);
        return deleted ? Task.CompletedTask : Task.FromException(StorageConflictException.For(key));
    }

    public void Dispose()
    {
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    // Random per store instance, counting within it: unique across processes sharing the file, cheap to make.
    private string NewETag() => _eTagPrefix + Interlocked.Increment(ref _eTagCounter).ToString("x", CultureInfo.InvariantCulture);
}
