using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Dialogs;

public sealed class InterruptionTests
{
    private static readonly DialogTexts Nl = DialogTexts.Dutch;

    [Theory]
    [InlineData("stop")]
    [InlineData("Stop!")]
    [InlineData("stopp")]
    [InlineData("annuleer")]
    [InlineData("anuleer")]
    [InlineData("annuleren")]
    [InlineData("cancel")]
    public async Task Cancel_in_the_middle_of_a_nested_prompt_stops_everything_and_confirms_in_Dutch(string command)
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours)
            .Send(command).AssertReply(Nl.Cancelled).AssertNoReply()
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, host.Bot.Results[^1].Status);
        Assert.Equal("""{"dialogStack":[]}""", host.StoredJson);
    }

    [Fact]
    public async Task Help_shows_the_context_help_of_the_innermost_question_and_asks_it_again()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("hulp").AssertReply(SampleDialogs.CaseCodeHelp + "\n\n" + Nl.HelpCommands).AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_without_prompt_help_falls_back_to_the_enclosing_dialogs_help_and_keeps_the_answers()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").Send("OZA-7K2P").AssertReply(SampleDialogs.AskCaseCode).AssertReply(SampleDialogs.AskHours)
            .Send("helpp").AssertReply("Hier leg je een nieuwe aanvraag vast.\n\n" + Nl.HelpCommands).AssertReply(SampleDialogs.AskHours)
            .Send("4").AssertReply(SampleDialogs.Confirm("OZA-7K2P", 4m))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_does_not_count_as_an_attempt()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").Send("OZA-1").Send("x").Send("help").Send("y")
            .Then(() => host.Adapter.Sent.Clear())
            .Send("8").AssertReply(SampleDialogs.Confirm("OZA-1", 8m))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("opnieuw")]
    [InlineData("opniew")]
    [InlineData("begin opnieuw")]
    public async Task Opnieuw_restarts_the_top_level_dialog_from_its_first_question(string command)
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").Send("OZA-7K2P").AssertReply(SampleDialogs.AskCaseCode).AssertReply(SampleDialogs.AskHours)
            .Send(command).AssertReply(Nl.Restarting).AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-NEW1").AssertReply(SampleDialogs.AskHours)
            .Send("2").AssertReply(SampleDialogs.Confirm("OZA-NEW1", 2m))
            .StartTestAsync();
    }

    [Fact]
    public async Task Opnieuw_begins_again_with_the_options_the_dialog_was_begun_with()
    {
        var host = new SampleHost(() => SampleDialogs.Intake());
        var set = new DialogSet(host.State)
            .Add(SampleDialogs.Intake()).Add(SampleDialogs.Details()).Add(new TextPrompt("case-code")).Add(new ConfirmPrompt("confirm"));
        var flow = new TestFlow(host.Adapter, async (turn, ct) =>
        {
            var dc = await set.CreateContextAsync(turn, ct);
            if ((await dc.ContinueDialogAsync(ct)).Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync("intake", new IntakeState { CaseCode = "OZA-GIVEN" }, ct);
            }
        });

        await flow
            .Send("start").AssertReply(SampleDialogs.AskHours)
            .Send("3").AssertReplyContains("OZA-GIVEN")
            .Send("opnieuw").AssertReply(Nl.Restarting).AssertReply(SampleDialogs.AskHours)
            .StartTestAsync();
    }

    [Fact]
    public async Task Words_that_merely_look_like_commands_are_answers()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("stap").AssertReply(SampleDialogs.AskHours)
            .Then(() => Assert.Contains("\"stap\"", host.StoredJson, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task English_locale_gets_English_engine_texts()
    {
        var host = new SampleHost(locale: "en-US");
        var en = DialogTexts.English;
        await host.Flow()
            .Send("hi").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-1").AssertReply(SampleDialogs.AskHours)
            .Send("lots").AssertReply(SampleNumberPrompt.RetryEn + "\n\n" + SampleDialogs.AskHours)
            .Send("1.5").AssertReply(reply => Assert.Equal(["Yes", "No"], reply.SuggestedActionTitles()))
            .Send("quit").AssertReply(en.Cancelled)
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptions_can_be_switched_off_per_dialog_set()
    {
        var host = new SampleHost();
        var set = new DialogSet(host.State) { HandleInterruptions = false }.Add(new TextPrompt("free"));
        var answers = new List<object?>();
        var flow = new TestFlow(host.Adapter, async (turn, ct) =>
        {
            var dc = await set.CreateContextAsync(turn, ct);
            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.PromptAsync("free", PromptOptions.FromText("Zeg iets."), ct);
            }
            else
            {
                answers.Add(result.Result);
            }
        });

        await flow.Send("begin").AssertReply("Zeg iets.").Send("stop").AssertNoReply().StartTestAsync();
        Assert.Equal(["stop"], answers);
    }
}
