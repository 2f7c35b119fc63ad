using System.Net;
using System.Text.Json.Nodes;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;
using OzaBot.Testing.Flow;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// A conversation that asks for English gets English only: the whole OZA journey on the real host (new case,
/// steps and checklists, the procesregisseur and consent, financing, the joint plan, a meeting, an evaluation,
/// refusals and dates) is walked in English and every text and card the bot sends is searched for Dutch.
/// </summary>
public sealed class EnglishJourneyEndToEndTests : IAsyncLifetime
{
    private readonly List<string> _read = [];
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
    public async Task An_English_conversation_walks_the_whole_OZA_journey_without_a_word_of_Dutch()
    {
        var chat = new ChatClient(_bot, _channel, "a:journey-english");
        await SayAsync(chat, "hello");
        _read.Clear(); // the welcome comes before anyone asked for English
        await SayAsync(chat, "English please");

        foreach (var line in new[] { "new case", "oza individual", "none", "Basisschool De Linde", "basic", "strengthen" })
        {
            await SayAsync(chat, line);
        }

        await SayAsync(chat, "what now?");
        await SayAsync(chat, "help");
        await SayAsync(chat, "show plan");
        await SayAsync(chat, "done with this step");
        await TickEverythingAsync(chat, 1);
        await TickEverythingAsync(chat, 2);

        await SayAsync(chat, "agree plan");
        await SayAsync(chat, "add partner");
        await SayAsync(chat, "procesregisseur");
        await SayAsync(chat, "none");
        foreach (var answer in new[] { "record consent for procesregisseur", "1 and 2", "16 or older", "pupil", "31 July" })
        {
            await SayAsync(chat, answer);
        }

        var financing = await SayAsync(chat, "record financing");
        await SubmitAsync(chat, financing, "saveFinancing", new() { ["financer"] = "Gemeente", ["what"] = "Support in class, two mornings a week" });

        var form = await SayAsync(chat, "agree plan");
        await SubmitAsync(chat, form, "agreePlan", new()
        {
            ["doelen"] = "Three mornings a week in class",
            ["support-Didactisch"] = "Instruction in a small group",
            ["who-Didactisch"] = "School",
        });

        await TickEverythingAsync(chat, 3);
        Assert.Contains("Activate", ChatClient.Transcript(await TickEverythingAsync(chat, 4)), StringComparison.Ordinal);
        await SayAsync(chat, "add action");
        await SayAsync(chat, "Call the area team about transport");
        await SayAsync(chat, "school");
        await SayAsync(chat, "next friday");
        await SayAsync(chat, "actions");
        await SayAsync(chat, "my cases");

        await SayAsync(chat, "evaluation");
        await SayAsync(chat, "interim evaluation");
        foreach (var answer in new[] { "good", "could be better", "good", "good", "continue", "yes" })
        {
            await SayAsync(chat, answer);
        }

        await SayAsync(chat, "gesprekskader");
        await SayAsync(chat, "cancel");
        await SayAsync(chat, "final evaluation");
        await SayAsync(chat, "reached");
        await SayAsync(chat, "no");
        var closed = ChatClient.Transcript(await SayAsync(chat, "4 4 5"));
        Assert.Contains("Final evaluation recorded", closed, StringComparison.Ordinal);
        Assert.Contains("removed automatically", closed, StringComparison.Ordinal);

        Assert.Contains("closed", ChatClient.Transcript(await SayAsync(chat, "show plan")), StringComparison.OrdinalIgnoreCase);
        AssertNoDutch();
    }

    [Fact]
    public async Task In_English_meetings_circumstances_escalation_consent_export_and_closing_are_English_too()
    {
        var chat = new ChatClient(_bot, _channel, "a:journey-english-more");
        await SayAsync(chat, "English please");
        foreach (var line in new[] { "new case", "oza individual", "none", "Basisschool De Linde", "basic", "strengthen" })
        {
            await SayAsync(chat, line);
        }

        await SayAsync(chat, "plan an OZO");
        await SayAsync(chat, "1");
        await SayAsync(chat, "ib@school.example.nl");
        await SayAsync(chat, "zorg@school.example.nl");
        await SayAsync(chat, "60");
        var proposal = await SayAsync(chat, "tomorrow");
        var slot = Journeys.ExecuteData(proposal[^1], "chooseSlot");
        slot["slot"] = "s1";
        var (chosen, sent) = await chat.ExecuteAsync("chooseSlot", slot, replyToId: proposal[^1].ActivityId!);
        Read(sent);
        _read.Add(DutchWords.Readable(JsonNode.Parse(await chosen.Content.ReadAsStringAsync())));
        Assert.Contains("planned", ChatClient.Transcript(await SayAsync(chat, "yes")), StringComparison.Ordinal);
        await SayAsync(chat, "move the OZO");
        await SayAsync(chat, "cancel");

        await SayAsync(chat, "thuiszitten");
        await SayAsync(chat, "cancel");
        await SayAsync(chat, "escalate");
        await SayAsync(chat, "cancel");
        await SayAsync(chat, "withdraw consent");
        await SayAsync(chat, "cancel");
        await SayAsync(chat, "actions");
        await SayAsync(chat, "export");
        await SayAsync(chat, "reminders off");
        await SayAsync(chat, "reminders on");
        await SayAsync(chat, "close case");
        await SayAsync(chat, "1");
        Assert.Contains("closed", ChatClient.Transcript(await SayAsync(chat, "yes")), StringComparison.OrdinalIgnoreCase);
        await SayAsync(chat, "add action");
        await SayAsync(chat, "delete case");
        await SayAsync(chat, "no");

        AssertNoDutch();
    }

    /// <summary>Ticks every item of the current step by typing and moves on; returns what moving on answered.</summary>
    private async Task<IReadOnlyList<RecordedRequest>> TickEverythingAsync(ChatClient chat, int number)
    {
        var guidance = await SayAsync(chat, $"step {number}");
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(guidance[^1].Body, @"\d+ of (\d+) done").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{count} of {count} done", ChatClient.Transcript(await SayAsync(chat, string.Join(", ", Enumerable.Range(1, count)) + " done")), StringComparison.Ordinal);
        return await SayAsync(chat, "done with this step");
    }

    private void AssertNoDutch()
    {
        var dutch = _read.SelectMany(DutchWords.In).ToList();
        Assert.True(dutch.Count == 0, "Dutch in an English conversation:\n" + string.Join("\n", dutch.Distinct().Take(60)) + "\n\nTranscript:\n" + string.Join("\n---\n", _read));
    }

    private async Task<IReadOnlyList<RecordedRequest>> SayAsync(ChatClient chat, string text)
    {
        var sent = await chat.SayAsync(text);
        Read(sent);
        return sent;
    }

    private async Task SubmitAsync(ChatClient chat, IReadOnlyList<RecordedRequest> card, string verb, Dictionary<string, string> filled)
    {
        var (response, sent) = await chat.ExecuteAsync(verb, Journeys.SubmitData(card[^1], verb, filled), replyToId: card[^1].ActivityId!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Read(sent);
        _read.Add(DutchWords.Readable(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    private void Read(IReadOnlyList<RecordedRequest> sent) =>
        _read.AddRange(sent.Where(r => r.Json?["type"]?.GetValue<string>() == "message").Select(r => DutchWords.Readable(r.Json)));
}
