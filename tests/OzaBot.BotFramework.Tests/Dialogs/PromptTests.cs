using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Dialogs;

public sealed class PromptTests
{
    private static readonly DialogTexts Nl = DialogTexts.Dutch;

    private static readonly List<Choice> Partners = [new("Onderwijs", "school"), new("Jeugdhulp", "zorg"), new("Ouders", "gezin")];

    [Fact]
    public async Task Choice_prompt_lists_numbered_options_with_buttons_and_accepts_a_part_of_a_title()
    {
        var host = Ask(new ChoicePrompt("ask"), new PromptOptions { Prompt = ActivityAddressing.Text("Met wie?"), Choices = Partners });
        await host.Flow()
            .Send("start").AssertReply(reply =>
            {
                Assert.Equal("Met wie?\n\n1. Onderwijs\n2. Jeugdhulp\n3. Ouders", reply.Text);
                Assert.Equal(["Onderwijs", "Jeugdhulp", "Ouders"], reply.SuggestedActionTitles());
            })
            .Send("jeugd").AssertReply("Antwoord: Jeugdhulp #1")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("3", "Ouders #2")]
    [InlineData("gezin", "Ouders #2")]
    [InlineData("Onderwjis", "Onderwijs #0")]
    [InlineData("de tweede", "Jeugdhulp #1")]
    public async Task Choice_prompt_accepts_numbers_synonyms_and_typos(string answer, string expected)
    {
        var host = Ask(new ChoicePrompt("ask"), new PromptOptions { Prompt = ActivityAddressing.Text("Met wie?"), Choices = Partners });
        await host.Flow().Send("start").AssertReplyContains("Met wie?").Send(answer).AssertReply("Antwoord: " + expected).StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_asks_again_with_the_candidates_when_an_answer_is_ambiguous()
    {
        List<Choice> meetings = [new("Evaluatie jeugdhulp"), new("Evaluatie onderwijs"), new("Startgesprek")];
        var host = Ask(new ChoicePrompt("ask"), new PromptOptions { Prompt = ActivityAddressing.Text("Welk overleg?"), Choices = meetings });
        await host.Flow()
            .Send("start").AssertReplyContains("Welk overleg?")
            .Send("evaluatie").AssertReply(reply =>
            {
                Assert.StartsWith(Nl.ChoiceAmbiguous + " **Evaluatie jeugdhulp** / **Evaluatie onderwijs**", reply.Text, StringComparison.Ordinal);
                Assert.EndsWith("1. Evaluatie jeugdhulp\n2. Evaluatie onderwijs\n3. Startgesprek", reply.Text, StringComparison.Ordinal);
            })
            .Send("2").AssertReply("Antwoord: Evaluatie onderwijs #1")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_re_prompts_an_unknown_answer_and_takes_a_card_submit()
    {
        var host = Ask(new ChoicePrompt("ask"), new PromptOptions { Prompt = ActivityAddressing.Text("Met wie?"), Choices = Partners });
        await host.Flow()
            .Send("start").AssertReplyContains("Met wie?")
            .Send("de buurman").AssertReply(reply => Assert.StartsWith(Nl.ChoiceRetry + "\n\nMet wie?\n\n1. Onderwijs", reply.Text, StringComparison.Ordinal))
            .Submit(new { choice = "Ouders" }).AssertReply("Antwoord: Ouders #2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_time_prompt_resolves_against_the_fake_clock_in_Amsterdam()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var host = Ask(new DateTimePrompt("ask", time, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")), PromptOptions.FromText("Wanneer?"), time);
        await host.Flow()
            .Send("start").AssertReply("Wanneer?")
            .Send("ergens volgende maand").AssertReply(Nl.DateTimeRetry + "\n\nWanneer?")
            .Send("morgen 10:00").AssertReply("Antwoord: 2026-03-03 10:00 +01:00 datum+tijd")
            .Send("nog een").AssertReply("Wanneer?")
            .AdvanceTime(TimeSpan.FromDays(1))
            .Send("morgen").AssertReply("Antwoord: 2026-03-04 00:00 +01:00 datum")
            .StartTestAsync();
    }

    [Fact]
    public async Task Card_prompt_sends_the_card_and_takes_an_Action_Submit_as_the_answer()
    {
        var host = Ask(new AdaptiveCardPrompt("ask", requiredInputs: ["note"]), CardOptions());
        await host.Flow()
            .Send("start").AssertCard(card => Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString()))
            .Submit(new { other = 1 }).AssertReply(Nl.CardRetry)
            .Submit(new { note = "Gesprek ging goed" }).AssertReply("""Antwoord: kaart -|-|{"note":"Gesprek ging goed"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task Card_prompt_takes_an_Action_Execute_invoke_and_answers_the_invoke()
    {
        var host = Ask(new AdaptiveCardPrompt("ask", requiredInputs: ["note"]), CardOptions());
        await host.Flow()
            .Send("start").AssertCard()
            .Execute("save", new { note = "" }).AssertReply(Nl.CardRetry)
            .AssertInvokeResponse(response => Assert.Contains(Nl.CardRetry, response!.Body!.Value.GetRawText(), StringComparison.Ordinal))
            .Execute("save", new { note = "Akkoord" }).AssertReply("""Antwoord: kaart save|-|{"note":"Akkoord"}""")
            .AssertInvokeResponse(response =>
            {
                Assert.Equal(200, response!.Status);
                var body = response.Body!.Value;
                Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
                Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
                Assert.Equal(Nl.CardReceived, body.GetProperty("value").GetString());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Card_prompt_accepts_typed_text_unless_told_otherwise()
    {
        await Ask(new AdaptiveCardPrompt("ask"), CardOptions()).Flow()
            .Send("start").AssertCard()
            .Send("liever typen").AssertReply("Antwoord: kaart -|liever typen|")
            .StartTestAsync();

        await Ask(new AdaptiveCardPrompt("ask", allowText: false), CardOptions()).Flow()
            .Send("start").AssertCard()
            .Send("liever typen").AssertReply(Nl.CardRetry)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_given_retry_prompt_replaces_the_default_hint()
    {
        var options = PromptOptions.FromText("Hoeveel?", retryPrompt: "Alleen een getal graag.");
        await Ask(new SampleNumberPrompt("ask"), options).Flow()
            .Send("start").AssertReply("Hoeveel?")
            .Send("weet ik niet").AssertReply("Alleen een getal graag.")
            .Send("1,5").AssertReply("Antwoord: 1.5")
            .StartTestAsync();
    }

    private static PromptOptions CardOptions()
    {
        var card = JsonDocument.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"note","label":"Notitie"}],
             "actions":[{"type":"Action.Submit","title":"Opslaan"}]}
            """).RootElement.Clone();
        return new PromptOptions { Prompt = ActivityAddressing.Card(card, "Notitie") };
    }

    /// <summary>A root waterfall that asks with <paramref name="prompt"/> and echoes the result; each new message starts it again.</summary>
    private static SampleHost Ask(Dialog prompt, PromptOptions options, FakeTimeProvider? time = null)
    {
        return new SampleHost(() =>
        {
            var root = new ComponentDialog("root");
            root.AddDialog(new WaterfallDialog<HoursState>("echo", DialogSampleJsonContext.Default.HoursState)
                    .AddStep((step, ct) => step.PromptAsync(prompt.Id, options, ct))
                    .AddStep(async (step, ct) =>
                    {
                        await step.SendAsync("Antwoord: " + Describe(step.Result), ct);
                        return await step.EndDialogAsync(null, ct);
                    }))
                .AddDialog(prompt);
            return root;
        }, time: time);
    }

    private static string Describe(object? result) => result switch
    {
        FoundChoice choice => $"{choice.Value} #{choice.Index}",
        DateTimeResolution moment => moment.Value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + (moment.HasTime ? " datum+tijd" : " datum"),
        CardSubmission card => $"kaart {card.Verb ?? "-"}|{card.Text ?? "-"}|{(card.Data is { } data ? data.ToCompactJson() : string.Empty)}",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => result?.ToString() ?? "(niets)",
    };
}
