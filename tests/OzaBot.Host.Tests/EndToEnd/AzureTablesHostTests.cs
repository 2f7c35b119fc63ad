using Azure.Data.Tables;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;

/// <summary>The host with <c>Storage:Provider=AzureTables</c> against a real Azurite: a dialog survives a restart.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTablesHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_dialog_continues_after_a_restart_with_state_in_Azure_Table_Storage()
    {
        var table = AzuriteFixture.NewTableName();
        string[] storage = ["--Storage:Provider=AzureTables", $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TableName={table}"];
        var first = await RunningBot.StartDevelopmentAsync(storage);
        var chat = new ChatClient(first, _channel, "a:azure-tables");
        await chat.SayAsync("nieuwe casus");
        Assert.Contains("initialen", ChatClient.Transcript(await chat.SayAsync("zio school")), StringComparison.Ordinal);
        await first.DisposeAsync();

        await using var second = await RunningBot.StartDevelopmentAsync(storage);
        chat.Bot = second;
        Assert.NotEmpty(await new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>().ToListAsync());

        Assert.Contains("Bij welke school", ChatClient.Transcript(await chat.SayAsync("geen")), StringComparison.Ordinal);
    }
}
