using Microsoft.Data.Sqlite;

namespace OzaBot.Integrations.Sqlite;

/// <summary>
/// One open connection to the database file, used by one caller at a time, that keeps every statement it runs prepared
/// (keyed by its SQL text). Microsoft.Data.Sqlite prepares a new command on every execution, and at a thousand turns a
/// second parsing and planning the SQL cost more than running it.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    // Statements built for a varying number of rows (the case index) are the only ones that vary; this bounds them.
    private const int MaxStatements = 64;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteSession(string connectionString, TimeSpan busyTimeout)
    {
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            Execute(SqliteConnectionPragmas.For(busyTimeout));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Begins a transaction that the statements of this session then run in, until it is committed or disposed.</summary>
    public SqliteTransaction BeginTransaction() => _transaction = _connection.BeginTransaction();

    /// <returns>The number of rows changed.</returns>
    public int Execute(string sql, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var command = Statement(sql, parameters, out var cached);
        try
        {
            return command.ExecuteNonQuery();
        }
        finally
        {
            Release(command, cached);
        }
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var command = Statement(sql, parameters, out var cached);
        try
        {
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(map(reader));
            }

            return rows;
        }
        finally
        {
            Release(command, cached);
        }
    }

    public void Dispose()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
        _connection.Dispose();
    }

    private SqliteCommand Statement(string sql, ReadOnlySpan<(string Name, string? Value)> parameters, out bool cached)
    {
        cached = _statements.TryGetValue(sql, out var command);
        if (!cached)
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(name, SqliteType.Text);
            }

            if (_statements.Count < MaxStatements)
            {
                _statements.Add(sql, command);
                cached = true;
            }
        }

        // A committed or disposed transaction lets go of its connection; a command must name the open one, or none.
        command!.Transaction = _transaction?.Connection is null ? null : _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = (object?)value ?? DBNull.Value;
        }

        return command;
    }

    private static void Release(SqliteCommand command, bool cached)
    {
        if (!cached)
        {
            command.Dispose();
        }
    }
}
