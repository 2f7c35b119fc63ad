using System.Collections.Concurrent;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// One lock per database file for the writers in this process: a <see cref="SqliteDatabase"/> writes on one
/// connection, but two of them may open the same file (two hosts in one test process, say). SQLite lets one
/// writer in at a time; a second connection that finds the lock taken does not queue but gets SQLITE_BUSY and
/// sleeps, and Microsoft.Data.Sqlite's retry sleeps 150 ms, which under load became the p99 and parked pool
/// threads. Queued on this lock instead, a write waits only for the microseconds the other one takes. Other
/// processes sharing the file still meet the busy timeout.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, Lock> Gates = new(StringComparer.Ordinal);

    /// <param name="fullPath">The database file's full path, so every store on one file gets the same lock.</param>
    public static Lock For(string fullPath) => Gates.GetOrAdd(fullPath, static _ => new Lock());
}
