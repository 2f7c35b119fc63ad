using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// The SQLite file as the conversation state (<see cref="SqliteStorage"/>) and the cases (<see cref="SqliteCaseRepository"/>)
/// share it: one primary session (a connection with its statements prepared) for every write and every short read, taken
/// in turn, and a pool of sessions for reads of many rows.
/// </summary>
/// <remarks>
/// One connection for the turns' calls, because SQLite keeps a page cache per connection and drops it whenever another
/// connection has written: with a connection per concurrent turn, nearly every call read its pages from the file again.
/// Calls run synchronously (Microsoft.Data.Sqlite's async methods do too) and take microseconds, so waiting for the primary
/// session costs less than those reads did. The write-ahead log is checkpointed every second (<see cref="SqliteStorageOptions.CheckpointInterval"/>) on a pooled session, so no
/// turn waits for a checkpoint on the primary one. Writers of other databases on the same file in this process queue on
/// <see cref="SqliteWriteGate"/>; one in another process that holds the lock is waited for up to
/// <see cref="SqliteStorageOptions.BusyTimeout"/>.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly Lock _writeGate;
    private readonly int _maxIdle;
    private readonly Lock _primaryGate = new();
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private readonly Timer _checkpoints;
    private SqliteSession? _primary;
    private int _idleCount;
    private volatile bool _disposed;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        Path = System.IO.Path.GetFullPath(options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _busyTimeout = options.BusyTimeout;
        _writeGate = SqliteWriteGate.For(Path);
        _maxIdle = options.MaxIdleConnections;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // This class pools its own sessions (with their prepared statements), so closing one closes the file.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        Write(session => session.Execute("PRAGMA journal_mode = WAL"));
        _checkpoints = new Timer(static state => ((SqliteDatabase)state!).Checkpoint(), this, options.CheckpointInterval, options.CheckpointInterval);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Runs a short read (one row or a few) on the primary session.</summary>
    internal T Read<T>(Func<SqliteSession, T> action)
    {
        lock (_primaryGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _primary ??= new SqliteSession(_connectionString, _busyTimeout);
            try
            {
                return action(_primary);
            }
            catch
            {
                // A failed statement may leave the connection mid-transaction; do not reuse it.
                _primary.Dispose();
                _primary = null;
                throw;
            }
        }
    }

    /// <summary>Runs a write (one statement or one transaction) on the primary session, one writer of this process at a time.</summary>
    internal T Write<T>(Func<SqliteSession, T> action) => Read(session =>
    {
        lock (_writeGate)
        {
            return action(session);
        }
    });

    /// <summary>Runs a write that returns nothing (a save, a delete, the schema) like <see cref="Write{T}"/>.</summary>
    internal void Write(Action<SqliteSession> action) => Write(session =>
    {
        action(session);
        return 0;
    });

    /// <summary>Runs a read of many rows (lists, reports, the jobs' queries) on a pooled session, beside the turns' calls.</summary>
    internal T Scan<T>(Func<SqliteSession, T> action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var session = Rent();
        T result;
        try
        {
            result = action(session);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        Return(session);
        return result;
    }

    /// <summary>
    /// Copies the write-ahead log into the database file on a pooled session, without waiting for readers or writers
    /// (<c>PASSIVE</c>). Left to SQLite, the write that fills the log checkpoints it, on the primary session, holding up
    /// every turn queued behind it: that was the slowest percent of turns.
    /// </summary>
    internal void Checkpoint()
    {
        try
        {
            Scan(session => session.Execute("PRAGMA wal_checkpoint(PASSIVE)"));
        }
#pragma warning disable CA1031 // Busy, closing or failing: the next tick tries again, and SQLite's own checkpoint is the backstop.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Stops the checkpoints and closes the primary and the idle sessions; the last connection to close checkpoints and removes the write-ahead log.</summary>
    public void Dispose()
    {
        _checkpoints.Dispose();
        lock (_primaryGate)
        {
            _disposed = true;
            _primary?.Dispose();
            _primary = null;
        }

        CloseIdle();
    }

    private SqliteSession Rent()
    {
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return new SqliteSession(_connectionString, _busyTimeout);
    }

    private void Return(SqliteSession session)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            if (!_disposed)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            session.Dispose();
            return;
        }

        _idle.Add(session);
        if (_disposed)
        {
            // Lost a race with Dispose: close what is left.
            CloseIdle();
        }
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            session.Dispose();
        }
    }
}
