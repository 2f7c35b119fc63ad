using System.Net.Http.Json;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Integrations.Diagnostics;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// The per-turn store counts the benchmark prints: a turn reads the conversation state once and writes it at most
/// once, and reads its case once even when it changes it.
/// </summary>
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

        var turn = await CountAsync(bot, () => chat.SayAsync("wat nu?"));

        Assert.Equal(new StoreCounts(1, 0, 1, 0), turn);
    }

    [Fact]
    public async Task A_turn_that_changes_its_case_reads_it_once()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();
        var chat = new ChatClient(bot, _channel, "a:counters-change");
        await Journeys.CreateCaseAsync(chat);
        await chat.SayAsync("wat nu?");

        // The plan card's new message id is kept with the case, so the card can be kept current.
        var turn = await CountAsync(bot, () => chat.SayAsync("toon plan"));

        Assert.Equal(new StoreCounts(1, 0, 1, 1), turn);
    }

    private static async Task<StoreCounts> CountAsync(RunningBot bot, Func<Task> turn)
    {
        var counters = bot.Url("/debug/store-counters");
        var before = (await bot.Http.GetFromJsonAsync<StoreCounts>(counters))!;
        await turn();
        var after = (await bot.Http.GetFromJsonAsync<StoreCounts>(counters))!;
        return new StoreCounts(after.StateReads - before.StateReads, after.StateWrites - before.StateWrites, after.CaseReads - before.CaseReads, after.CaseWrites - before.CaseWrites);
    }
}
