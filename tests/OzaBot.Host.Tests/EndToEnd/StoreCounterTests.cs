using System.Net.Http.Json;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Integrations.Diagnostics;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>The per-turn store counts the benchmark prints: a turn reads the conversation state once and writes it at most once.</summary>
public sealed class StoreCounterTests : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_wat_nu_turn_reads_state_once_and_the_case_once_and_writes_nothing()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();
        var chat = new ChatClient(bot, _channel, "a:counters");
        await Journeys.CreateCaseAsync(chat);
        await chat.SayAsync("wat nu?");
        var counters = bot.Url("/debug/store-counters");

        var before = (await bot.Http.GetFromJsonAsync<StoreCounts>(counters))!;
        await chat.SayAsync("wat nu?");
        var after = (await bot.Http.GetFromJsonAsync<StoreCounts>(counters))!;

        Assert.Equal(1, after.StateReads - before.StateReads);
        Assert.Equal(0, after.StateWrites - before.StateWrites);
        Assert.Equal(0, after.CaseWrites - before.CaseWrites);
        Assert.Equal(1, after.CaseReads - before.CaseReads);
    }
}
