using OzaBot.Domain.Cases;
using OzaBot.Integrations.Sqlite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>A file written by an earlier version (cases as <c>cases/{code}</c> documents beside the conversation state, an index since dropped) is brought up to date on start; nothing is lost.</summary>
public sealed class SqliteCaseMigrationTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Legacy_case_documents_move_into_the_case_tables_and_conversation_state_stays()
    {
        var legacy = LegacyCases.Create("tenant-1", "19:groep@thread.v2");
        using (var old = _file.Open())
        {
            await old.WriteAsync("cases/" + legacy.Code, LegacyCases.Json(legacy), eTag: null);
            await old.WriteAsync("msteams/conversations/19:groep@thread.v2", """{"ozabot":{"caseCodes":["x"]}}""", eTag: null);
        }

        var repository = _file.OpenCases();
        var second = _file.OpenCases(); // a second instance finds nothing left to move

        var moved = await repository.LoadAsync(new CaseKey("tenant-1", legacy.Code));
        Assert.Equal(StoredCaseJson.Serialize(legacy), StoredCaseJson.Serialize(moved! with { ETag = null }));
        Assert.Single(await second.ListByConversationAsync("tenant-1", "19:groep@thread.v2"));
        using var state = _file.Open();
        Assert.Null(await state.ReadAsync("cases/" + legacy.Code));
        Assert.NotNull(await state.ReadAsync("msteams/conversations/19:groep@thread.v2"));
    }

    [Fact]
    public async Task The_index_no_query_needed_is_dropped_on_start_and_the_lists_still_find_their_cases()
    {
        var saved = LegacyCases.Create("tenant-1", "19:groep@thread.v2");
        using (var first = _file.OpenCases())
        {
            await first.SaveAsync(saved);
        }

        using (var connection = _file.OpenConnection())
        {
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE INDEX case_index_by_tenant ON case_index (tenant, kind, value)";
            create.ExecuteNonQuery();
        }

        using var repository = _file.OpenCases();

        Assert.Equal(["case_index_by_value"], IndexesOf("case_index"));
        Assert.Equal([saved.Code], (await repository.ListByConversationAsync("tenant-1", "19:groep@thread.v2")).Select(c => c.Code));
        Assert.Equal(1, (await repository.CountAsync("tenant-1")).Total);
    }

    public void Dispose() => _file.Dispose();

    private List<string> IndexesOf(string table)
    {
        using var connection = _file.OpenConnection();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name";
        query.Parameters.AddWithValue("$table", table);
        using var reader = query.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
