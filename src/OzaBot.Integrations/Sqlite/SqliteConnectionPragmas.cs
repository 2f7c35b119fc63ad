namespace OzaBot.Integrations.Sqlite;

/// <summary>The settings every connection to the database file gets when it opens (state store and case repository alike).</summary>
internal static class SqliteConnectionPragmas
{
    /// <remarks>
    /// <c>busy_timeout</c>: SQLite itself waits for another process's write lock (without it, Microsoft.Data.Sqlite
    /// retries every 150 ms). <c>synchronous = NORMAL</c>: in WAL mode a commit does not wait for the disk, a checkpoint
    /// does. <c>secure_delete</c>: the bytes of deleted rows are overwritten (privacy). <c>temp_store = MEMORY</c>: a statement's
    /// undo journal inside a transaction stays in memory instead of a temporary file opened and deleted per save.
    /// <c>wal_autocheckpoint = 10000</c> (pages, about 40 MB): <see cref="SqliteDatabase.Checkpoint"/> runs every second
    /// beside the turns; SQLite's own checkpoint in the writing turn is only the backstop for a burst.
    /// </remarks>
    public static string For(TimeSpan busyTimeout) =>
        $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 10000;";
}
