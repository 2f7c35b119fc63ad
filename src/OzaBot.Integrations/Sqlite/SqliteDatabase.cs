using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// The SQLite file with its pool of open sessions (connections with their statements prepared), shared by the
/// conversation state (<see cref="SqliteStorage"/>) and the cases (<see cref="SqliteCaseRepository"/>): one pool for the
/// file keeps fewer connections, each with a page cache the other store's writes would otherwise make stale.
/// </summary>
/// <remarks>
/// Calls run synchronously (Microsoft.Data.Sqlite's async methods do too); a statement takes microseconds. Writers in this
/// process queue on <see cref="SqliteWriteGate"/>; one in another process that holds the lock is waited for up to
/// <see cref="SqliteStorageOptions.BusyTimeout"/>.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly Lock _writeGate;
    private readonly int _maxIdle;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
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
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Runs a read on a pooled session.</summary>
    internal T Read<T>(Func<SqliteSession, T> action)
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
            // A failed statement may leave the connection mid-transaction; do not reuse it.
            session.Dispose();
            throw;
        }

        Return(session);
        return result;
    }

    /// <summary>Runs a write (one statement or one transaction) on a pooled session, one writer of this process at a time.</summary>
    /// <remarks>The session is rented before the lock: opening a new connection does not hold up the other writers.</remarks>
    internal T Write<T>(Func<SqliteSession, T> action) => Read(session =>
    {
        lock (_writeGate)
        {
            return action(session);
        }
    });

    /// <summary>Closes the idle sessions; the last connection to close checkpoints and removes the write-ahead log.</summary>
    public void Dispose()
    {
        _disposed = true;
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
