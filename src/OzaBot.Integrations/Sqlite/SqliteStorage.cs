using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// The embedded default <see cref="IStorage"/>: one SQLite file in write-ahead-log mode, shared safely
/// by several processes. Every conditional write is a single SQL statement whose affected-row count
/// decides the conflict, so there is no read-then-write race.
/// </summary>
/// <remarks>
/// Calls run synchronously (Microsoft.Data.Sqlite's async methods do too) on pooled connections
/// with prepared statements; a statement takes microseconds. Writers in this process queue on
/// <see cref="SqliteWriteGate"/>; one in another process that holds the lock is waited for up to
/// <see cref="SqliteStorageOptions.BusyTimeout"/>.
/// </remarks>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly Lock _writeGate;
    private readonly int _maxIdle;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private readonly string _eTagPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "-";
    private long _eTagCounter;
    private int _idleCount;
    private volatile bool _disposed;

    public SqliteStorage(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        var path = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _busyTimeout = options.BusyTimeout;
        _writeGate = SqliteWriteGate.For(path);
        _maxIdle = options.MaxIdleConnections;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // This class pools its own connections (with their prepared statements), so closing one closes the file.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        SqliteSession.EnsureSchema(_connectionString);
    }

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        var row = Use(session => session.Read(key));
        return Task.FromResult(row is { } found ? new StoreItem(key, found.Json, found.ETag) : null);
    }

    public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        cancellationToken.ThrowIfCancellationRequested();
        var newETag = NewETag();
        var written = Write(session => eTag switch
        {
            null => session.Insert(key, json, newETag),
            "*" => Upsert(session, key, json, newETag),
            _ => session.UpdateIfMatch(key, json, newETag, eTag),
        });
        return written ? Task.FromResult(newETag) : Task.FromException<string>(StorageConflictException.For(key));
    }

    public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        var deleted = Write(session => eTag is null or "*" ? Delete(session, key) : session.DeleteIfMatch(key, eTag));
        return deleted ? Task.CompletedTask : Task.FromException(StorageConflictException.For(key));
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    private static bool Upsert(SqliteSession session, string key, string json, string eTag)
    {
        session.Upsert(key, json, eTag);
        return true;
    }

    private static bool Delete(SqliteSession session, string key)
    {
        session.Delete(key);
        return true;
    }

    // Random per store instance, counting within it: unique across processes sharing the file, cheap to make.
    private string NewETag() => _eTagPrefix + Interlocked.Increment(ref _eTagCounter).ToString("x", CultureInfo.InvariantCulture);

    // The session is rented before the lock: opening a new connection does not hold up the other writers.
    private T Write<T>(Func<SqliteSession, T> action) => Use(session =>
    {
        lock (_writeGate)
        {
            return action(session);
        }
    });

    private T Use<T>(Func<SqliteSession, T> action)
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
