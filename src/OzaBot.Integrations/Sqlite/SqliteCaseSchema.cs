using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// The case tables, and the one-time move of cases that earlier versions kept as <c>cases/{code}</c>
/// documents in the <c>documents</c> table (same JSON shape) into them.
/// </summary>
internal static class SqliteCaseSchema
{
    private const string LegacyCasePrefix = "cases/";

    /// <remarks>
    /// Besides the primary key (tenant, code, kind, value), which also serves a tenant's counts, one index: (kind, value),
    /// for the lookups across cases (a conversation's cases, what is due, what closed). Earlier versions
    /// also kept (tenant, kind, value), which no query needed and which cost a new case 9 of its 24 page writes: it is
    /// dropped on start.
    /// </remarks>
    public static void EnsureAndMigrate(SqliteSession session)
    {
        session.Execute("""
            CREATE TABLE IF NOT EXISTS cases (
                tenant TEXT NOT NULL,
                code   TEXT NOT NULL,
                json   TEXT NOT NULL,
                etag   TEXT NOT NULL,
                PRIMARY KEY (tenant, code)
            );
            CREATE TABLE IF NOT EXISTS case_index (
                tenant TEXT NOT NULL,
                code   TEXT NOT NULL,
                kind   TEXT NOT NULL,
                value  TEXT NOT NULL,
                PRIMARY KEY (tenant, code, kind, value)
            );
            CREATE INDEX IF NOT EXISTS case_index_by_value ON case_index (kind, value);
            DROP INDEX IF EXISTS case_index_by_tenant;
            CREATE TABLE IF NOT EXISTS case_deletions (
                code_hash TEXT NOT NULL PRIMARY KEY,
                json      TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS case_aggregates (
                id     INTEGER PRIMARY KEY,
                tenant TEXT NOT NULL,
                json   TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS case_aggregates_by_tenant ON case_aggregates (tenant);
            """ + SqliteStorage.CreateDocumentsTableSql);
        MigrateLegacyCases(session);
    }

    /// <summary>
    /// Brings the case's index rows in line with <see cref="CaseIndex.Entries"/>, touching only the rows that differ: most
    /// saves (a note in the access log, a card's id) change none, and rewriting all of them cost eight times the save.
    /// </summary>
    public static void WriteIndex(SqliteSession session, StoredCase stored)
    {
        var wanted = CaseIndex.Entries(stored);
        var present = session.Query("SELECT kind, value FROM case_index WHERE tenant = $tenant AND code = $code",
            r => (Kind: r.GetString(0), Value: r.GetString(1)), ("$tenant", stored.Key.TenantId), ("$code", stored.Code));
        foreach (var (kind, value) in present.Except(wanted))
        {
            session.Execute("DELETE FROM case_index WHERE tenant = $tenant AND code = $code AND kind = $kind AND value = $value",
                ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$kind", kind), ("$value", value));
        }

        var missing = wanted.Except(present).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // One statement for all rows: parsing it costs more than running it.
        var rows = string.Join(", ", missing.Select((_, i) => $"($tenant, $code, $k{i}, $v{i})"));
        session.Execute("INSERT INTO case_index (tenant, code, kind, value) VALUES " + rows,
            [("$tenant", stored.Key.TenantId), ("$code", stored.Code), .. missing.SelectMany((e, i) => new[] { ($"$k{i}", (string?)e.Kind), ($"$v{i}", (string?)e.Value) })]);
    }

    /// <summary>Moves every legacy case document in one transaction; a case already moved (by another process) is left as it is.</summary>
    private static void MigrateLegacyCases(SqliteSession session)
    {
        using var transaction = session.BeginTransaction();
        var legacy = session.Query("SELECT key, json FROM documents WHERE substr(key, 1, 6) = $prefix",
            r => (Key: r.GetString(0), Json: r.GetString(1)), ("$prefix", LegacyCasePrefix));
        foreach (var (key, json) in legacy)
        {
            var stored = StoredCaseJson.Deserialize(json, null);
            var moved = session.Execute("INSERT INTO cases (tenant, code, json, etag) VALUES ($tenant, $code, $json, $etag) ON CONFLICT DO NOTHING",
                ("$tenant", stored.Key.TenantId), ("$code", stored.Code), ("$json", json), ("$etag", SqliteCaseRepository.NewETag()));
            if (moved == 1)
            {
                WriteIndex(session, stored);
            }

            session.Execute("DELETE FROM documents WHERE key = $key", ("$key", key));
        }

        transaction.Commit();
    }
}
