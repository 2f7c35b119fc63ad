using System.Net;
using OzaBot.BotFramework.State;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>Every entity and table operation against a real Azurite, each test on its own table.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TableRestClientAzuriteTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite;
    private readonly TableRestClient _client;

    public TableRestClientAzuriteTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _client = TestTableClients.ForAzurite(azurite, AzuriteFixture.NewTableName());
    }

    public Task InitializeAsync() => _client.CreateTableIfNotExistsAsync();

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Creating_an_existing_table_is_fine()
    {
        await _client.CreateTableIfNotExistsAsync();
        await _client.InsertEntityAsync(new TableEntity("p", "r"));
        Assert.NotNull(await _client.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task Every_EDM_type_round_trips_with_its_type()
    {
        var moment = new DateTimeOffset(2027, 1, 12, 13, 0, 0, 123, TimeSpan.Zero);
        var id = Guid.NewGuid();
        var entity = new TableEntity("types", "o'clock é ü")
        {
            ["Text"] = "één ✓ 🎓",
            ["Int32"] = 42,
            ["Int64"] = 9_007_199_254_740_993L, // beyond double precision: must travel as a string
            ["WholeDouble"] = 2.0,
            ["Double"] = 0.1,
            ["Flag"] = true,
            ["Due"] = moment,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        };

        await _client.InsertEntityAsync(entity);
        var read = await _client.GetEntityAsync("types", "o'clock é ü");

        Assert.NotNull(read);
        Assert.Equal("één ✓ 🎓", read.Get<string>("Text"));
        Assert.Equal(42, read.Get<int>("Int32"));
        Assert.Equal(9_007_199_254_740_993L, read.Get<long>("Int64"));
        Assert.IsType<double>(read["WholeDouble"]);
        Assert.Equal(2.0, read.Get<double>("WholeDouble"));
        Assert.Equal(0.1, read.Get<double>("Double"));
        Assert.True(read.Get<bool>("Flag"));
        Assert.Equal(moment, read.Get<DateTimeOffset>("Due"));
        Assert.Equal(id, read.Get<Guid>("Id"));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, read.Get<byte[]>("Bytes"));
        Assert.NotNull(read.Timestamp);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task Get_of_a_missing_entity_is_null()
    {
        Assert.Null(await _client.GetEntityAsync("p", "nobody"));
    }

    [Fact]
    public async Task Insert_twice_is_a_conflict()
    {
        await _client.InsertEntityAsync(new TableEntity("p", "r"));
        await Assert.ThrowsAsync<StorageConflictException>(() => _client.InsertEntityAsync(new TableEntity("p", "r")));
    }

    [Fact]
    public async Task Update_and_merge_need_the_current_etag()
    {
        var first = await _client.InsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "kept by merge" });

        var second = await _client.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 2 }, first, TableUpdateMode.Merge);
        await Assert.ThrowsAsync<StorageConflictException>(() => _client.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 3 }, first, TableUpdateMode.Replace));
        var merged = await _client.GetEntityAsync("p", "r");
        Assert.Equal(2, merged!.Get<int>("A"));
        Assert.Equal("kept by merge", merged.Get<string>("B"));

        var third = await _client.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 4 }, second, TableUpdateMode.Replace);
        var replaced = await _client.GetEntityAsync("p", "r");
        Assert.Equal(third, replaced!.ETag);
        Assert.False(replaced.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task Conditional_update_of_a_missing_entity_is_a_conflict()
    {
        await Assert.ThrowsAsync<StorageConflictException>(() => _client.UpdateEntityAsync(new TableEntity("p", "gone"), "*", TableUpdateMode.Replace));
    }

    [Fact]
    public async Task Upserts_create_and_then_replace_or_merge()
    {
        await _client.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1 }, TableUpdateMode.Replace);
        await _client.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = 2 }, TableUpdateMode.Merge);
        var merged = await _client.GetEntityAsync("p", "r");
        Assert.Equal(1, merged!.Get<int>("A"));
        Assert.Equal(2, merged.Get<int>("B"));

        await _client.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = 3 }, TableUpdateMode.Replace);
        var replaced = await _client.GetEntityAsync("p", "r");
        Assert.Equal(["C"], replaced!.Properties.Keys);
    }

    [Fact]
    public async Task Delete_honours_the_etag_and_reports_missing_entities()
    {
        var first = await _client.InsertEntityAsync(new TableEntity("p", "r"));
        var second = await _client.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 1 }, first, TableUpdateMode.Replace);

        await Assert.ThrowsAsync<StorageConflictException>(() => _client.DeleteEntityAsync("p", "r", first));
        Assert.True(await _client.DeleteEntityAsync("p", "r", second));
        Assert.False(await _client.DeleteEntityAsync("p", "r", "*"));
    }

    [Fact]
    public async Task A_query_follows_continuation_tokens_past_1000_entities()
    {
        // 1,100 entities over two partitions: the service pages at 1,000 at most.
        var writes = Enumerable.Range(0, 1100).Select(i => new TableEntity(i % 2 == 0 ? "even" : "odd", i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)) { ["N"] = i });
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (entity, ct) => await _client.InsertEntityAsync(entity, ct));

        var firstPage = await _client.QueryPageAsync(new TableQuery(), continuation: null);
        var all = await _client.QueryAsync(new TableQuery(Select: ["N"])).ToListAsync();

        Assert.True(firstPage.Entities.Count <= 1000);
        Assert.NotNull(firstPage.Continuation);
        Assert.Equal(Enumerable.Range(0, 1100), all.Select(e => e.Get<int>("N")).Order());
    }

    [Fact]
    public async Task Small_pages_with_a_filter_see_every_match_exactly_once()
    {
        foreach (var (partition, row) in new[] { ("a", "o'clock"), ("a", "x"), ("b", "o'clock"), ("b", "y"), ("c", "o'clock") })
        {
            await _client.InsertEntityAsync(new TableEntity(partition, row) { ["Due"] = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        }

        var filter = $"RowKey eq {TableFilter.Quote("o'clock")} and Due ge {TableFilter.DateTime(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero))}";
        var pages = 0;
        var seen = new List<string>();
        TableContinuation? continuation = null;
        do
        {
            var page = await _client.QueryPageAsync(new TableQuery(filter, Top: 2), continuation);
            seen.AddRange(page.Entities.Select(e => e.PartitionKey));
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(["a", "b", "c"], seen);
        Assert.True(pages >= 2);
    }

    [Fact]
    public async Task Limits_are_enforced_before_sending_although_Azurite_would_accept()
    {
        var tooBig = new TableEntity("p", "big");
        for (var i = 0; i < 17; i++)
        {
            tooBig["B" + i] = new byte[64_000];
        }

        await Assert.ThrowsAsync<ArgumentException>(() => _client.InsertEntityAsync(tooBig));
        Assert.Null(await _client.GetEntityAsync("p", "big"));
    }

    [Fact]
    public async Task A_wrong_account_key_is_a_403_service_error()
    {
        using var intruder = TestTableClients.ForAzurite(_azurite, _client.TableName, Convert.ToBase64String(new byte[64]));

        var error = await Assert.ThrowsAsync<TableServiceException>(() => intruder.GetEntityAsync("p", "r"));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
    }
}
