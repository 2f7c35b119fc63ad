using System.Net;
using System.Text.Json.Nodes;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>The real host on Kestrel, SQLite state, the real flows: a teacher's first conversation end to end.</summary>
public sealed class ConversationEndToEndTests : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task New_case_then_step_one_then_an_OZO_in_the_local_calendar_then_the_plan_card_then_wat_nu()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();
        var chat = new ChatClient(bot, _channel);

        Assert.Contains("Wat voor traject", ChatClient.Transcript(await chat.SayAsync("nieuwe casus")), StringComparison.Ordinal);
        await chat.SayAsync("oza individueel");
        await chat.SayAsync("geen");
        await chat.SayAsync("Basisschool De Linde");
        await chat.SayAsync("basis");
        var created = ChatClient.Transcript(await chat.SayAsync("versterken"));
        Assert.Contains("is aangemaakt", created, StringComparison.Ordinal);
        var code = Domain.Cases.CaseCodes.Find(created)!;

        var step = ChatClient.Transcript(await chat.SayAsync("stap 1"));
        Assert.Contains("Verkennen", step, StringComparison.Ordinal);

        var icsUrl = await Journeys.PlanOzoAsync(chat);
        var ics = await bot.Http.GetStringAsync(icsUrl);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains(code, ics, StringComparison.Ordinal);

        var plan = await chat.SayAsync("toon plan");
        var planCard = plan[^1];
        Assert.Contains(code, planCard.Body, StringComparison.Ordinal);
        Assert.Contains("OZO", planCard.Body, StringComparison.Ordinal);
        Assert.Contains("\"refresh\"", planCard.Body, StringComparison.Ordinal);

        var next = ChatClient.Transcript(await chat.SayAsync("wat nu?"));
        Assert.Contains("De volgende stappen voor", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checklist_button_answers_the_clicker_in_the_response_and_updates_the_shared_cards_with_PUT()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();
        var chat = new ChatClient(bot, _channel);
        var code = await Journeys.CreateCaseAsync(chat);
        var planId = (await chat.SayAsync("toon plan"))[^1].ActivityId;
        var cardRequest = (await chat.SayAsync("stap 1"))[^1];
        Assert.Contains(code, cardRequest.Body, StringComparison.Ordinal);
        // Exactly what Teams sends: the button's own data plus the inputs of the card.
        var data = Journeys.ExecuteData(cardRequest, "saveChecklist");
        data["check-" + Domain.Content.ProcessCatalogue.Default.OzaSteps[0].Checklist[0].Id] = "true";
        data["note"] = "";

        var (response, sent) = await chat.ExecuteAsync("saveChecklist", data, replyToId: "guidance-card-id");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive", body.ToJsonString());
        Assert.Contains(sent, r => r.Method == "PUT" && r.Path.EndsWith("/activities/guidance-card-id", StringComparison.Ordinal));
        Assert.Contains(sent, r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + planId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dialog_continues_after_the_host_restarts_on_the_same_SQLite_file()
    {
        var database = RunningBot.NewDatabasePath();
        var first = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}");
        var chat = new ChatClient(first, _channel);
        await chat.SayAsync("nieuwe casus");
        Assert.Contains("initialen", ChatClient.Transcript(await chat.SayAsync("oza groep")), StringComparison.Ordinal);
        await first.DisposeAsync();

        await using var second = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}");
        chat.Bot = second;

        Assert.Contains("Bij welke school", ChatClient.Transcript(await chat.SayAsync("geen")), StringComparison.Ordinal);
    }
}
