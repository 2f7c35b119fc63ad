using System.Net;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OzaBot.Domain.Cases;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// "verwijder casus" on the real host: a case with an OZO (attendee addresses, an .ics link) is deleted
/// by its owner; the .ics link answers 404 and a scan of the whole store — every byte of the SQLite file
/// and its WAL, every row of every Azurite table — finds neither the code nor an address.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class CaseDeletionEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_deleted_case_leaves_no_byte_of_its_code_in_the_SQLite_file_and_its_ics_link_is_gone()
    {
        var database = RunningBot.NewDatabasePath();
        string code;
        await using (var bot = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}"))
        {
            code = await DeleteACaseWithAnOzoAsync(bot);
        }

        var files = new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).ToList();
        Assert.Contains(database, files);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(code)) < 0, $"{Path.GetFileName(file)} still holds {code}");
            Assert.True(bytes.AsSpan().IndexOf("ib@school.example.nl"u8) < 0, $"{Path.GetFileName(file)} still holds an attendee address");
        }
    }

    [Fact]
    public async Task A_deleted_case_leaves_no_row_with_its_code_in_any_Azure_table()
    {
        var table = AzuriteFixture.NewTableName();
        await using var bot = await RunningBot.StartDevelopmentAsync("--Storage:Provider=AzureTables", $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TableName={table}");

        var code = await DeleteACaseWithAnOzoAsync(bot);

        var service = new TableServiceClient(azurite.ConnectionString);
        var scanned = 0;
        await foreach (var item in service.QueryAsync())
        {
            if (!item.Name.StartsWith(table, StringComparison.Ordinal))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(item.Name).QueryAsync<TableEntity>())
            {
                scanned++;
                var text = StoredText.Of(entity);
                Assert.DoesNotContain(code, text, StringComparison.Ordinal);
                Assert.DoesNotContain("ib@school.example.nl", text, StringComparison.Ordinal);
            }
        }

        Assert.True(scanned > 0, "nothing was scanned");
    }

    /// <summary>Creates a case, plans an OZO, deletes the case as its owner; returns the code.</summary>
    private async Task<string> DeleteACaseWithAnOzoAsync(RunningBot bot)
    {
        var chat = new ChatClient(bot, _channel, "a:delete-" + Guid.NewGuid().ToString("N")[..8]);
        var code = await Journeys.CreateCaseAsync(chat);
        var ics = await Journeys.PlanOzoAsync(chat);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(ics)).StatusCode);

        Assert.Contains("Weet je het zeker?", ChatClient.Transcript(await chat.SayAsync("verwijder casus")), StringComparison.Ordinal);
        Assert.Contains("is verwijderd", ChatClient.Transcript(await chat.SayAsync("ja")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(ics)).StatusCode);
        var deletion = await bot.Services.GetRequiredService<ICaseRepository>().FindDeletionAsync(new CaseKey(RunningBot.TenantId, code));
        Assert.Equal(CaseDeletion.UserRequest, deletion!.Reason);
        return code;
    }
}
