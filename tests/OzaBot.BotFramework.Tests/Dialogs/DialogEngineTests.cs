using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Dialogs;

public sealed class DialogEngineTests
{
    private static readonly DialogTexts Nl = DialogTexts.Dutch;

    [Fact]
    public async Task Nested_waterfall_component_and_prompts_run_to_the_end_with_a_typed_result()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours)
            .Send("12,5").AssertReply(reply =>
            {
                Assert.Equal(SampleDialogs.Confirm("OZA-7K2P", 12.5m), reply.Text);
                Assert.Equal(["Ja", "Nee"], reply.SuggestedActionTitles());
                Assert.Equal("expectingInput", reply.InputHint);
            })
            .Send("jazeker").AssertReply(SampleDialogs.Saved)
            .AssertNoReply()
            .StartTestAsync();

        var last = host.Bot.Results[^1];
        Assert.Equal(DialogTurnStatus.Complete, last.Status);
        var state = Assert.IsType<IntakeState>(last.Result);
        Assert.Equal(("OZA-7K2P", 12.5m, true), (state.CaseCode, state.Hours, state.Confirmed));
        Assert.Equal("""{"dialogStack":[]}""", host.StoredJson);
    }

    [Fact]
    public async Task Persisted_stack_has_the_Bot_Builder_shape_with_the_active_dialog_first()
    {
        var host = new SampleHost();
        await host.Flow().Send("hallo").Send("OZA-7K2P").StartTestAsync();

        var root = JsonDocument.Parse(host.StoredJson).RootElement;
        var main = root.GetProperty("dialogStack")[0];
        Assert.Equal("main", main.GetProperty("id").GetString());
        Assert.Equal("1", main.GetProperty("version").GetString());
        var mainStack = main.GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["details", "intake"], mainStack.EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        var intake = mainStack[1].GetProperty("state");
        Assert.Equal(1, intake.GetProperty("stepIndex").GetInt32());
        Assert.Equal("OZA-7K2P", intake.GetProperty("values").GetProperty("CaseCode").GetString());
        Assert.Equal(32, intake.GetProperty("instanceId").GetString()!.Length);

        var detailsStack = mainStack[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["hours", "details-steps"], detailsStack.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var prompt = detailsStack[0].GetProperty("state");
        Assert.Equal(SampleDialogs.AskHours, prompt.GetProperty("options").GetProperty("prompt").GetProperty("text").GetString());
        Assert.Equal(0, prompt.GetProperty("state").GetProperty("AttemptCount").GetInt32());
    }

    [Fact]
    public async Task Invalid_input_gets_the_retry_prompt_and_a_validator_message_replaces_it()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours)
            .Send("heel veel").AssertReply(SampleNumberPrompt.RetryNl + "\n\n" + SampleDialogs.AskHours)
            .Send("50").AssertReply(SampleDialogs.HoursOutOfRange).AssertNoReply()
            .Send("8").AssertReply(SampleDialogs.Confirm("OZA-7K2P", 8m))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_submit_without_text_does_not_answer_a_text_prompt()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Submit(new { caseCode = "OZA-7K2P" }).AssertReply(Nl.TextRetry + "\n\n" + SampleDialogs.AskCaseCode)
            .StartTestAsync();
    }

    [Fact]
    public async Task After_the_maximum_attempts_the_prompt_gives_up_kindly_and_everything_stops()
    {
        var host = new SampleHost();
        await host.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-1").AssertReply(SampleDialogs.AskHours)
            .Send("a").AssertReplyContains(SampleNumberPrompt.RetryNl)
            .Send("b").AssertReplyContains(SampleNumberPrompt.RetryNl)
            .Send("c").AssertReply(Nl.GiveUp).AssertNoReply()
            .Then(() =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, host.Bot.Results[^1].Status);
                Assert.Equal("""{"dialogStack":[]}""", host.StoredJson);
            })
            .Send("nieuwe poging").AssertReply(SampleDialogs.AskCaseCode)
            .StartTestAsync();
    }

    [Fact]
    public async Task Activities_other_than_messages_leave_a_waiting_waterfall_alone()
    {
        var host = new SampleHost(() => new WaterfallDialog<HoursState>("raw", DialogSampleJsonContext.Default.HoursState)
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync("Vertel maar.", ct);
                return DialogTurnResult.EndOfTurn;
            })
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync("Je zei: " + step.Result, ct);
                return await step.EndDialogAsync(null, ct);
            }));
        string? before = null;
        await host.Flow()
            .Send("hoi").AssertReply("Vertel maar.")
            .Then(() => before = host.StoredJson)
            .Send(host.Adapter.MakeActivity(ActivityTypes.ConversationUpdate)).AssertNoReply()
            .Then(() => Assert.Equal(before, host.StoredJson))
            .Send("iets").AssertReply("Je zei: iets")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_throws()
    {
        var (dc, _) = await NewContextAsync(new WaterfallDialog<HoursState>("twice", DialogSampleJsonContext.Default.HoursState)
            .AddStep(async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            })
            .AddStep((step, ct) => Task.FromResult(DialogTurnResult.EndOfTurn)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("twice"));
    }

    [Fact]
    public async Task Steps_chained_with_NextAsync_share_one_state_and_the_last_result_ends_the_waterfall()
    {
        var (dc, _) = await NewContextAsync(new WaterfallDialog<HoursState>("chain", DialogSampleJsonContext.Default.HoursState)
            .AddStep((step, ct) =>
            {
                step.State.Hours = step.Options!.Hours + 1;
                return step.NextAsync(10m, ct);
            })
            .AddStep((step, ct) =>
            {
                step.State.Hours += step.ResultAs<decimal>();
                return step.NextAsync(step.State.Hours, ct);
            }));

        var result = await dc.BeginDialogAsync("chain", new HoursState { Hours = 2 });

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 13m), result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task Waterfall_options_must_be_its_state_type()
    {
        var (dc, _) = await NewContextAsync(new WaterfallDialog<HoursState>("typed", DialogSampleJsonContext.Default.HoursState)
            .AddStep((step, ct) => Task.FromResult(DialogTurnResult.EndOfTurn)));

        await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("typed", "not the state"));
    }

    [Fact]
    public async Task ReplaceDialog_does_not_resume_the_parent_and_CancelAll_ends_every_dialog_with_CancelCalled()
    {
        var log = new List<string>();
        var parent = new RecordingDialog("parent", log);
        var child = new RecordingDialog("child", log);
        var other = new RecordingDialog("other", log);
        var (dc, _) = await NewContextAsync(parent, child, other);

        await dc.BeginDialogAsync("parent");
        await dc.BeginDialogAsync("child");
        var replaced = await dc.ReplaceDialogAsync("other");
        Assert.Equal(DialogTurnStatus.Waiting, replaced.Status);
        Assert.Equal(["other", "parent"], dc.Stack.Select(i => i.Id));

        var cancelled = await dc.CancelAllDialogsAsync();
        Assert.Equal(DialogTurnStatus.Cancelled, cancelled.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["begin parent", "begin child", "end child ReplaceCalled", "begin other", "end other CancelCalled", "end parent CancelCalled"], log);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task EndDialog_resumes_the_parent_with_the_result()
    {
        var log = new List<string>();
        var (dc, _) = await NewContextAsync(new RecordingDialog("parent", log), new RecordingDialog("child", log));
        await dc.BeginDialogAsync("parent");
        await dc.BeginDialogAsync("child");

        var result = await dc.EndDialogAsync("klaar");

        Assert.Contains("resume parent klaar", log);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "klaar"), result);
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_or_adding_a_duplicate_id_fails_loudly()
    {
        var (dc, _) = await NewContextAsync(new TextPrompt("name"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
        Assert.Throws<InvalidOperationException>(() => new DialogSet().Add(new TextPrompt("x")).Add(new TextPrompt("x")));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("name", "no prompt options"));
    }

    internal static async Task<(DialogContext Dc, TestAdapter Adapter)> NewContextAsync(params Dialog[] dialogs)
    {
        var adapter = new TestAdapter();
        var state = new JsonRoundTripStateAccessor<DialogState>(DialogJsonContext.Default.DialogState);
        var set = new DialogSet(state);
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        var turn = new TurnContext(adapter, adapter.MakeMessage("start"));
        return (await set.CreateContextAsync(turn), adapter);
    }

    private sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            log.Add("begin " + Id);
            return Task.FromResult(DialogTurnResult.EndOfTurn);
        }

        public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        {
            log.Add($"resume {Id} {result}");
            return base.ResumeDialogAsync(dc, reason, result, cancellationToken);
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"end {Id} {reason}");
            return Task.CompletedTask;
        }
    }
}

public sealed class DialogCancellationFromStepTests
{
    [Fact]
    public async Task A_step_inside_a_component_can_cancel_the_whole_stack()
    {
        var host = new SampleHost(() =>
        {
            var root = new ComponentDialog("root");
            root.AddDialog(new WaterfallDialog<HoursState>("steps", DialogSampleJsonContext.Default.HoursState)
                .AddStep((step, ct) => step.PromptAsync("ask", PromptOptions.FromText("Doorgaan?"), ct))
                .AddStep(async (step, ct) =>
                {
                    if (step.ResultAs<bool>())
                    {
                        return await step.EndDialogAsync("door", ct);
                    }

                    await step.SendAsync("Gestopt op verzoek.", ct);
                    return await step.CancelAllDialogsAsync(ct);
                }))
                .AddDialog(new ConfirmPrompt("ask"));
            return root;
        });

        await host.Flow()
            .Send("start").AssertReply("Doorgaan?")
            .Send("nee").AssertReply("Gestopt op verzoek.").AssertNoReply()
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, host.Bot.Results[^1].Status);
        Assert.Equal("""{"dialogStack":[]}""", host.StoredJson);
    }

    [Fact]
    public async Task A_prompt_without_a_question_sends_nothing_empty()
    {
        var (dc, adapter) = await DialogEngineTests.NewContextAsync(new TextPrompt("silent"));

        var result = await dc.PromptAsync("silent", new PromptOptions());

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Empty(adapter.Sent);
    }
}
