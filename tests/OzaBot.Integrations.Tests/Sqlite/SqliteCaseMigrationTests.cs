using OzaBot.Domain.Cases;
using OzaBot.Integrations.Sqlite;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.Sqlite;

/// <summary>A file written by the previous version (cases as <c>cases/{code}</c> documents beside the conversation state) is moved on start; nothing is lost.</summary>
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

    public void Dispose() => _file.Dispose();
}
