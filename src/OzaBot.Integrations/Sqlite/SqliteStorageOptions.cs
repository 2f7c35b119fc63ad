namespace OzaBot.Integrations.Sqlite;

/// <summary>Where and how <see cref="SqliteStorage"/> keeps its file (config: <c>Storage:SqlitePath</c>).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The default file, relative to the app's content root.</summary>
    public const string DefaultPath = "data/ozabot.db";

    /// <summary>The database file; a relative path is taken from the current directory, so the host passes an absolute one.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a write waits for another connection (or instance) that holds the write lock.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Open connections kept for reuse by reads of many rows (lists, the jobs' queries); more are opened under load and closed when returned.</summary>
    /// <remarks>Measured: with 4 on a 2-core machine, bursts of turns kept opening and preparing connections only to close them again.</remarks>
    public int MaxIdleConnections { get; set; } = 32;

    /// <summary>How often the write-ahead log is copied into the database file, beside the turns (<see cref="SqliteDatabase"/>).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);
}
