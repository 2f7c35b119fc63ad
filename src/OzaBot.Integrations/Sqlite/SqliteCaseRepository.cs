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
    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;

    /// <summary>A repository on the database's connections (shared with the conversation state on the same file).</summary>
    /// <param name="ownsDatabase">Whether disposing the repository disposes the database (a database of its own).</param>
    public SqliteCaseRepository(SqliteDatabase database, bool ownsDatabase = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _ownsDatabase = ownsDatabase;
        _database.Write(SqliteCaseSchema.EnsureAndMigrate);
    }

    public Task<StoredCase?> LoadAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        var found = _database.Read(session => session.Query("SELECT json, etag FROM cases WHERE tenant = $tenant AND code = $code", Read,
            ("$tenant", key.TenantId), ("$code", key.Code)));
        return Task.FromResult(found.FirstOrDefault());
    }

    public Task<StoredCase> SaveAsync(StoredCase stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var eTag = NewETag();
        var json = StoredCaseJson.Serialize(stored);
        _database.Write(session => Save(session, stored, json, eTag));
        return Task.FromResult(stored with { ETag = eTag });
    }

    public Task DeleteAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(deletion);
        _database.Write(session =>
        {
            using var transaction = session.BeginTransaction();
            if (session.Execute("DELETE FROM cases WHERE tenant = $tenant AND code = $code AND etag = $expected",
                    ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$expected", stored.ETag)) != 1)
            {
                throw StorageConflictException.For(stored.Key.ToString());
            }

            session.Execute("DELETE FROM case_index WHERE tenant = $tenant AND code = $code", ("$tenant", stored.Key.TenantId), ("$code", stored.Code));
            session.Execute("INSERT OR REPLACE INTO case_deletions (code_hash, json) VALUES ($hash, $json)",
                ("$hash", CaseDeletion.CodeHash(stored.Key)), ("$json", JsonSerializer.Serialize(deletion, CaseJsonContext.Default.CaseDeletion)));
            session.Execute("INSERT INTO case_aggregates (tenant, json) VALUES ($tenant, $json)",
                ("$tenant", stored.Key.TenantId), ("$json", JsonSerializer.Serialize(CaseAggregate.From(stored, deletion.At), CaseJsonContext.Default.CaseAggregate)));
            transaction.Commit();

            // Move the deleted pages out of the write-ahead log into the (zeroing) main file; best effort while others read.
            session.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredCase>> ListByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default)
    {
        // Named, because without statistics SQLite would rather walk all the tenant's cases than seek the conversation.
        return Task.FromResult<IReadOnlyList<StoredCase>>(Query("""
            SELECT c.json, c.etag FROM case_index i INDEXED BY case_index_by_value JOIN cases c ON c.tenant = i.tenant AND c.code = i.code
            WHERE i.tenant = $tenant AND i.kind = $kind AND i.value = $value ORDER BY c.code
            """, Read, ("$tenant", tenantId), ("$kind", CaseIndex.Conversation), ("$value", conversationId)));
    }

    public Task<IReadOnlyList<StoredCase>> ListByTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        return Task.FromResult<IReadOnlyList<StoredCase>>(Query("SELECT json, etag FROM cases WHERE tenant = $tenant ORDER BY code", Read, ("$tenant", tenantId)));
    }

    public Task<IReadOnlyList<CaseDue>> DueAsync(CaseDueKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        return Task.FromResult<IReadOnlyList<CaseDue>>(Query(
            "SELECT tenant, code, value FROM case_index WHERE kind = $kind AND value >= $from AND value < $to ORDER BY value, code",
            r => new CaseDue(new CaseKey(r.GetString(0), r.GetString(1)), kind, CaseIndex.ParseTime(r.GetString(2))),
            ("$kind", CaseIndex.Due(kind)), ("$from", CaseIndex.Time(from)), ("$to", CaseIndex.Time(to))));
    }

    public Task<IReadOnlyList<CaseKey>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        return Task.FromResult<IReadOnlyList<CaseKey>>(Query(
            "SELECT tenant, code FROM case_index WHERE kind = $kind AND value < $before ORDER BY value, code",
            r => new CaseKey(r.GetString(0), r.GetString(1)), ("$kind", CaseIndex.Closed), ("$before", CaseIndex.Time(before))));
    }

    public Task<CaseCounts> CountAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        return Task.FromResult(CaseIndex.Count(Query(
            "SELECT kind, value FROM case_index WHERE tenant = $tenant AND kind IN ($region, $track, $step, $outcome)",
            r => (r.GetString(0), r.GetString(1)),
            ("$tenant", tenantId), ("$region", CaseIndex.Region), ("$track", CaseIndex.Track), ("$step", CaseIndex.Step), ("$outcome", CaseIndex.Outcome))));
    }

    public Task<CaseDeletion?> FindDeletionAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        return Task.FromResult(Query("SELECT json FROM case_deletions WHERE code_hash = $hash",
            r => JsonSerializer.Deserialize(r.GetString(0), CaseJsonContext.Default.CaseDeletion), ("$hash", CaseDeletion.CodeHash(key))).FirstOrDefault());
    }

    public Task<IReadOnlyList<CaseAggregate>> AggregatesAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        return Task.FromResult<IReadOnlyList<CaseAggregate>>(Query("SELECT json FROM case_aggregates WHERE tenant = $tenant ORDER BY id",
            r => JsonSerializer.Deserialize(r.GetString(0), CaseJsonContext.Default.CaseAggregate)!, ("$tenant", tenantId)));
    }

    public void Dispose()
    {
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    internal static string NewETag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    // The lists and the jobs' queries: on a pooled session, so a long one does not hold up the turns.
    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, string? Value)[] parameters) =>
        _database.Scan(session => session.Query(sql, map, parameters));

    private static void Save(SqliteSession session, StoredCase stored, string json, string eTag)
    {
        using var transaction = session.BeginTransaction();
        var written = stored.ETag is null
            ? session.Execute("INSERT INTO cases (tenant, code, json, etag) VALUES ($tenant, $code, $json, $etag) ON CONFLICT DO NOTHING",
                ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$json", json), ("$etag", eTag))
            : session.Execute("UPDATE cases SET json = $json, etag = $etag WHERE tenant = $tenant AND code = $code AND etag = $expected",
                ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$json", json), ("$etag", eTag), ("$expected", stored.ETag));
        if (written != 1)
        {
            throw StorageConflictException.For(stored.Key.ToString());
        }

        SqliteCaseSchema.WriteIndex(session, stored);
        transaction.Commit();
    }

    private static StoredCase Read(SqliteDataReader reader) => StoredCaseJson.Deserialize(reader.GetString(0), reader.GetString(1));
}
