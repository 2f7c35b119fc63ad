using OzaBot.Integrations.Sqlite;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>The session keeps its statements prepared; a kept statement must follow the session in and out of transactions.</summary>
public sealed class SqliteSessionTests : IDisposable
{
    private const string Insert = "INSERT INTO t (v) VALUES ($v)";
    private readonly TempSqliteFile _file = new();

    [Fact]
    public void A_kept_statement_runs_inside_a_transaction_after_it_and_in_one_rolled_back()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        using var session = new SqliteSession($"Data Source={_file.FilePath};Pooling=False", TimeSpan.FromSeconds(5));
        session.Execute("CREATE TABLE t (v TEXT NOT NULL)");

        session.Execute(Insert, ("$v", "before"));
        using (var transaction = session.BeginTransaction())
        {
            session.Execute(Insert, ("$v", "committed"));
            transaction.Commit();
        }

        session.Execute(Insert, ("$v", "after"));
        using (session.BeginTransaction())
        {
            session.Execute(Insert, ("$v", "rolled back"));
        }

        Assert.Equal(["after", "before", "committed"], session.Query("SELECT v FROM t ORDER BY v", r => r.GetString(0)));
    }

    [Fact]
    public void Null_parameters_are_bound_as_SQL_null()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        using var session = new SqliteSession($"Data Source={_file.FilePath};Pooling=False", TimeSpan.FromSeconds(5));
        session.Execute("CREATE TABLE n (v TEXT)");
        session.Execute("INSERT INTO n (v) VALUES ($v)", ("$v", "x"));
        session.Execute("INSERT INTO n (v) VALUES ($v)", ("$v", null));

        Assert.Equal([false, true], session.Query("SELECT v IS NULL FROM n ORDER BY rowid", r => r.GetBoolean(0)));
    }

    public void Dispose() => _file.Dispose();
}
