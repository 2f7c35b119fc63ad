using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// The embedded <see cref="ICaseRepository"/>: a table <c>cases</c> (one JSON document per case, keyed by
/// tenant and code) and a table <c>case_index</c> with the <see cref="CaseIndex"/> entries, in the same
/// SQLite file as the conversation state. A save is one transaction: the conditional write of the case
/// (the affected-row count decides the conflict) and the replacement of its index rows.
/// </summary>
/// <remarks>
/// <c>secure_delete</c> is on (here and in <see cref="SqliteStorage"/>), so the bytes of a deleted case are
/// overwritten in the file, and a delete checkpoints the write-ahead log so they do not linger there either.
/// </remarks>
public sealed class SqliteCaseRepository : ICaseRepository, IDisposable
{
    private const int MaxIdle = 16;

    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly Lock _writeGate;
    private readonly System.Collections.Concurrent.ConcurrentBag<SqliteConnection> _idle = [];
    private volatile bool _disposed;

    public SqliteCaseRepository(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _busyTimeout = options.BusyTimeout;
        _writeGate = SqliteWriteGate.For(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Own pool (below): each connection gets its pragmas once, not on every call.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        using var lease = Rent();
        var connection = lease.Connection;
        SqliteCaseSchema.EnsureAndMigrate(connection);
    }

    public Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        var found = Query(connection, "SELECT json, etag FROM cases WHERE tenant = $tenant AND code = $code", Read, ("$tenant", key.TenantId), ("$code", key.Code));
        return Task.FromResult(found.FirstOrDefault());
    }

    public Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var eTag = NewETag();
        var json = StoredCaseJson.Serialize(stored);
        using var lease = Rent();
        var connection = lease.Connection;
        lock (_writeGate)
        {
            Save(connection, stored, json, eTag);
        }

        return Task.FromResult(stored with { ETag = eTag });
    }

    public Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(deletion);
        using var lease = Rent();
        var connection = lease.Connection;
        lock (_writeGate)
        {
            using var transaction = connection.BeginTransaction();
            if (Execute(connection, "DELETE FROM cases WHERE tenant = $tenant AND code = $code AND etag = $expected",
                    ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$expected", stored.ETag)) != 1)
            {
                throw StorageConflictException.For(stored.Key.ToString());
            }

            Execute(connection, "DELETE FROM case_index WHERE tenant = $tenant AND code = $code", ("$tenant", stored.Key.TenantId), ("$code", stored.Code));
            Execute(connection, "INSERT OR REPLACE INTO case_deletions (code_hash, json) VALUES ($hash, $json)",
                ("$hash", CaseDeletion.CodeHash(stored.Key)), ("$json", JsonSerializer.Serialize(deletion, CaseJsonContext.Default.CaseDeletion)));
            Execute(connection, "INSERT INTO case_aggregates (tenant, json) VALUES ($tenant, $json)",
                ("$tenant", stored.Key.TenantId), ("$json", JsonSerializer.Serialize(CaseAggregate.From(stored, deletion.At), CaseJsonContext.Default.CaseAggregate)));
            transaction.Commit();

            // Move the deleted pages out of the write-ahead log into the (zeroing) main file; best effort while others read.
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult<IReadOnlyList<StoredCase>>(Query(connection, """
            SELECT c.json, c.etag FROM case_index i JOIN cases c ON c.tenant = i.tenant AND c.code = i.code
            WHERE i.tenant = $tenant AND i.kind = $kind AND i.value = $value ORDER BY c.code
            """, Read, ("$tenant", tenantId), ("$kind", CaseIndex.Conversation), ("$value", conversationId)));
    }

    public Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult<IReadOnlyList<StoredCase>>(Query(connection, "SELECT json, etag FROM cases WHERE tenant = $tenant ORDER BY code", Read, ("$tenant", tenantId)));
    }

    public Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult<IReadOnlyList<CaseDue>>(Query(connection,
            "SELECT tenant, code, value FROM case_index WHERE kind = $kind AND value >= $from AND value < $to ORDER BY value, code",
            r => new CaseDue(new CaseKey(r.GetString(0), r.GetString(1)), kind, CaseIndex.ParseTime(r.GetString(2))),
            ("$kind", CaseIndex.Due(kind)), ("$from", CaseIndex.Time(from)), ("$to", CaseIndex.Time(to))));
    }

    public Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult<IReadOnlyList<CaseKey>>(Query(connection,
            "SELECT tenant, code FROM case_index WHERE kind = $kind AND value < $before ORDER BY value, code",
            r => new CaseKey(r.GetString(0), r.GetString(1)), ("$kind", CaseIndex.Closed), ("$before", CaseIndex.Time(before))));
    }

    public Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult(CaseIndex.Count(Query(connection,
            "SELECT kind, value FROM case_index WHERE tenant = $tenant AND kind IN ($region, $track, $step, $outcome)",
            r => (r.GetString(0), r.GetString(1)),
            ("$tenant", tenantId), ("$region", CaseIndex.Region), ("$track", CaseIndex.Track), ("$step", CaseIndex.Step), ("$outcome", CaseIndex.Outcome))));
    }

    public Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult(Query(connection, "SELECT json FROM case_deletions WHERE code_hash = $hash",
            r => JsonSerializer.Deserialize(r.GetString(0), CaseJsonContext.Default.CaseDeletion), ("$hash", CaseDeletion.CodeHash(key))).FirstOrDefault());
    }

    public Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        using var lease = Rent();
        var connection = lease.Connection;
        return Task.FromResult<IReadOnlyList<CaseAggregate>>(Query(connection, "SELECT json FROM case_aggregates WHERE tenant = $tenant ORDER BY id",
            r => JsonSerializer.Deserialize(r.GetString(0), CaseJsonContext.Default.CaseAggregate)!, ("$tenant", tenantId)));
    }

    /// <summary>Closes the idle connections, so the last one to close checkpoints and removes the write-ahead log.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    internal static string NewETag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    internal static int Execute(SqliteConnection connection, string sql, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    internal static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static void Save(SqliteConnection connection, StoredCase stored, string json, string eTag)
    {
        using var transaction = connection.BeginTransaction();
        var written = stored.ETag is null
            ? Execute(connection, "INSERT INTO cases (tenant, code, json, etag) VALUES ($tenant, $code, $json, $etag) ON CONFLICT DO NOTHING",
                ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$json", json), ("$etag", eTag))
            : Execute(connection, "UPDATE cases SET json = $json, etag = $etag WHERE tenant = $tenant AND code = $code AND etag = $expected",
                ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$json", json), ("$etag", eTag), ("$expected", stored.ETag));
        if (written != 1)
        {
            throw StorageConflictException.For(stored.Key.ToString());
        }

        SqliteCaseSchema.WriteIndex(connection, stored);
        transaction.Commit();
    }

    private static StoredCase Read(SqliteDataReader reader) => StoredCaseJson.Deserialize(reader.GetString(0), reader.GetString(1));

    private static SqliteCommand Command(SqliteConnection connection, string sql, ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
        }

        return command;
    }

    private Lease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out var connection))
        {
            connection = new SqliteConnection(_connectionString);
            connection.Open();
            Execute(connection, SqliteConnectionPragmas.For(_busyTimeout));
        }

        return new Lease(this, connection);
    }

    private void Return(SqliteConnection connection)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
    }

    /// <summary>A connection borrowed for one call; disposing it puts it back.</summary>
    private readonly struct Lease(SqliteCaseRepository owner, SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection => connection;

        public void Dispose() => owner.Return(connection);
    }
}
