using System.Globalization;
using System.Net;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// The whole process on the real host, typed and clicked as a new user would: an OZA from "nieuwe casus"
/// through all five steps (checklists by typing, the procesregisseur and consent, financing and the joint
/// plan by their cards) to a tussenevaluatie and the eindevaluatie that closes it; and a ZiO trajectory through
/// its six steps.
/// </summary>
public sealed class WholeJourneyEndToEndTests : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelStandIn.StartAsync();
        _bot = await RunningBot.StartDevelopmentAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task An_OZA_goes_from_a_new_case_through_all_five_steps_to_a_tussenevaluatie_and_the_closing_eindevaluatie()
    {
        var chat = new ChatClient(_bot, _channel, "a:journey-oza");
        await Journeys.CreateCaseAsync(chat);

        await TickEverythingAsync(chat, 1, "Verkennen", "Betrekken");
        await TickEverythingAsync(chat, 2, "Betrekken", "Ontwikkelen");

        Assert.Contains("procesregisseur", await SayAsync(chat, "plan vaststellen"), StringComparison.Ordinal);
        await SayAsync(chat, "partner toevoegen");
        await SayAsync(chat, "procesregisseur");
        Assert.Contains("toestemming vastleggen voor procesregisseur", await SayAsync(chat, "geen"), StringComparison.Ordinal);
        foreach (var answer in new[] { "toestemming vastleggen voor procesregisseur", "1 en 2", "16 of ouder", "leerling" })
        {
            await SayAsync(chat, answer);
        }

        Assert.Contains("Vastgelegd: de procesregisseur", await SayAsync(chat, "31 juli"), StringComparison.Ordinal);

        var financing = await chat.SayAsync("financiering vastleggen");
        var saved = await SubmitAsync(chat, financing[^1], "saveFinancing", new() { ["financer"] = "Gemeente", ["what"] = "Begeleiding in de klas, 2 ochtenden per week" });
        Assert.Contains("opgeslagen", saved, StringComparison.Ordinal);

        var form = await chat.SayAsync("plan vaststellen");
        var agreed = await SubmitAsync(chat, form[^1], "agreePlan", new()
        {
            ["doelen"] = "Drie ochtenden per week in de klas",
            ["support-Didactisch"] = "Instructie in een kleine groep",
            ["who-Didactisch"] = "School",
        });
        Assert.Contains("vastgesteld (versie 1)", agreed, StringComparison.Ordinal);

        await TickEverythingAsync(chat, 3, "Ontwikkelen", "Arrangeren");
        await TickEverythingAsync(chat, 4, "Arrangeren", "Activeren");

        Assert.Contains("tussenevaluatie", await SayAsync(chat, "evaluatie"), StringComparison.Ordinal);
        Assert.Contains("Uitvoering", await SayAsync(chat, "tussenevaluatie"), StringComparison.Ordinal);
        foreach (var rating in new[] { "goed", "kan beter", "goed" })
        {
            await SayAsync(chat, rating);
        }

        Assert.Contains("Besluit", await SayAsync(chat, "goed"), StringComparison.Ordinal);
        Assert.Contains("Tussenevaluatie vastgelegd", await SayAsync(chat, "doorgaan"), StringComparison.Ordinal);
        Assert.Contains("Volgende evaluatie", await SayAsync(chat, "ja"), StringComparison.Ordinal);

        Assert.Contains("Doelrealisatie", await SayAsync(chat, "eindevaluatie"), StringComparison.Ordinal);
        await SayAsync(chat, "bereikt");
        await SayAsync(chat, "nee");
        var closed = await SayAsync(chat, "4 4 5");
        Assert.Contains("Eindevaluatie vastgelegd", closed, StringComparison.Ordinal);
        Assert.Contains("automatisch verwijderd", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ZiO_trajectory_goes_through_its_six_steps()
    {
        var chat = new ChatClient(_bot, _channel, "a:journey-zio");
        await SayAsync(chat, "nieuwe casus");
        await SayAsync(chat, "zio school");
        await SayAsync(chat, "geen");
        Assert.Contains("is aangemaakt", await SayAsync(chat, "Samenwerkingsverband Regio Noord"), StringComparison.Ordinal);

        string[] steps = ["Data inventariseren", "Data analyseren", "Inzichten", "Inrichten van samenwerking", "Ontwikkeling en implementatie", "Borging"];
        for (var i = 0; i < steps.Length - 1; i++)
        {
            await TickEverythingAsync(chat, i + 1, steps[i], steps[i + 1]);
        }

        Assert.Contains("laatste stap", await TickEverythingAsync(chat, steps.Length, steps[^1], next: null), StringComparison.Ordinal);
    }

    /// <summary>Shows the current step's checklist, ticks every item by number and moves on; returns the last answer.</summary>
    private static async Task<string> TickEverythingAsync(ChatClient chat, int number, string step, string? next)
    {
        var guidance = await chat.SayAsync($"stap {number}");
        var card = guidance[^1].Body;
        Assert.Contains(step, card, StringComparison.Ordinal);
        var count = CountOf(card);
        var ticked = await SayAsync(chat, string.Join(", ", Enumerable.Range(1, count)) + " klaar");
        Assert.Contains($"{count} van {count} afgerond", ticked, StringComparison.Ordinal);
        var moved = await SayAsync(chat, "klaar met deze stap");
        if (next is not null)
        {
            Assert.Contains(next, moved, StringComparison.Ordinal);
        }

        return moved;
    }

    private static int CountOf(string cardJson) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(cardJson, @"\d+ van (\d+) afgerond").Groups[1].Value, CultureInfo.InvariantCulture);

    private static async Task<string> SayAsync(ChatClient chat, string text) => ChatClient.Transcript(await chat.SayAsync(text));

    private static async Task<string> SubmitAsync(ChatClient chat, RecordedRequest card, string verb, Dictionary<string, string> filled)
    {
        var (response, sent) = await chat.ExecuteAsync(verb, Journeys.SubmitData(card, verb, filled), replyToId: card.ActivityId!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ChatClient.Transcript(sent) + "\n" + await response.Content.ReadAsStringAsync();
    }
}
