using Microsoft.Data.Sqlite;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// One open connection with its statements prepared once, used by one caller at a time. Preparing
/// per call would cost more than the statement itself at a thousand turns a second.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _updateIfMatch;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _deleteIfMatch;

    public SqliteSession(string connectionString, TimeSpan busyTimeout)
    {
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            Execute(SqliteConnectionPragmas.For(busyTimeout));
            _read = Prepare("SELECT json, etag FROM documents WHERE key = $key", "$key");
            _insert = Prepare("INSERT INTO documents (key, json, etag) VALUES ($key, $json, $etag) ON CONFLICT (key) DO NOTHING", "$key", "$json", "$etag");
            _upsert = Prepare("INSERT INTO documents (key, json, etag) VALUES ($key, $json, $etag) ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag", "$key", "$json", "$etag");
            _updateIfMatch = Prepare("UPDATE documents SET json = $json, etag = $etag WHERE key = $key AND etag = $expected", "$key", "$json", "$etag", "$expected");
            _delete = Prepare("DELETE FROM documents WHERE key = $key", "$key");
            _deleteIfMatch = Prepare("DELETE FROM documents WHERE key = $key AND etag = $expected", "$key", "$expected");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Creates the table (once per file) and switches the file to write-ahead logging.</summary>
    public static void EnsureSchema(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS documents (
                key  TEXT NOT NULL PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL
            );
            PRAGMA user_version = 1;
            """;
        command.ExecuteNonQuery();
    }

    public (string Json, string ETag)? Read(string key)
    {
        _read.Parameters[0].Value = key;
        using var reader = _read.ExecuteReader(System.Data.CommandBehavior.SingleRow);
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <returns>Whether a row was written (false: the key exists).</returns>
    public bool Insert(string key, string json, string eTag) => Run(_insert, key, json, eTag) == 1;

    public void Upsert(string key, string json, string eTag) => Run(_upsert, key, json, eTag);

    /// <returns>Whether the row existed with the expected ETag (and was updated).</returns>
    public bool UpdateIfMatch(string key, string json, string eTag, string expected) => Run(_updateIfMatch, key, json, eTag, expected) == 1;

    public void Delete(string key) => Run(_delete, key);

    /// <returns>Whether the row existed with the expected ETag (and was deleted).</returns>
    public bool DeleteIfMatch(string key, string expected) => Run(_deleteIfMatch, key, expected) == 1;

    public void Dispose()
    {
        _read.Dispose();
        _insert.Dispose();
        _upsert.Dispose();
        _updateIfMatch.Dispose();
        _delete.Dispose();
        _deleteIfMatch.Dispose();
        _connection.Dispose();
    }

    private static int Run(SqliteCommand command, params ReadOnlySpan<string> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params ReadOnlySpan<string> parameterNames)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }
}
