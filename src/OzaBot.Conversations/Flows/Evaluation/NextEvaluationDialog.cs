using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;

using OzaBot.Conversations.Flows.Cases;

namespace OzaBot.Conversations.Flows.Evaluation;

internal sealed class NextEvaluationState
{
    public string CaseCode { get; set; } = "";

    /// <summary>The date recorded with the evaluation (six weeks out); the user confirms or picks another.</summary>
    public DateTimeOffset Proposed { get; set; }
}

/// <summary>After an evaluation: confirm the proposed next evaluation date or pick another (<c>ScheduleNextEvaluation</c>).</summary>
internal static class NextEvaluationDialog
{
    public const string Id = "evaluation-next-date";

    public static Dialog Create(TimeProvider time)
    {
        var dialog = new ComponentDialog(Id) { HelpText = DialogHelp.Of(EvaluationTexts.Help, EvaluationTexts.HelpEnglish) };
        dialog
            .AddDialog(new WaterfallDialog<NextEvaluationState>(Id + "-steps", EvaluationFlowsJsonContext.Default.NextEvaluationState)
                .AddStep((step, ct) => step.PromptAsync(
                    "confirm",
                    PromptOptions.FromText(EvaluationTexts.ConfirmNextDate(English(step.Context), DutchDates.Date(step.State.Proposed, OzaTurn.Of(step.Context).Language), WeeksUntil(step))),
                    ct))
                .AddStep(async (step, ct) =>
                {
                    if (step.ResultAs<bool>())
                    {
                        await step.SendAsync(EvaluationTexts.NextPlanned(English(step.Context), DutchDates.Date(step.State.Proposed, OzaTurn.Of(step.Context).Language)), ct);
                        return await step.EndDialogAsync(cancellationToken: ct);
                    }

                    return await step.PromptAsync("date", PromptOptions.FromText(EvaluationTexts.AskOtherDate(English(step.Context))), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var answer = step.ResultAs<DateTimeResolution>();
                    var at = answer.HasTime ? answer.Value : FlowDates.MorningOf(answer.Value);
                    var turn = OzaTurn.Of(step.Context);
                    if (await turn.RequireCaseAsync(step.State.CaseCode, ct) is { } stored &&
                        await turn.ChangeCaseAsync(stored, (c, actor) => c.ScheduleNextEvaluation(at, actor), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await step.SendAsync(EvaluationTexts.NextPlanned(turn.IsEnglish, DutchDates.Date(at, turn.Language)), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ConfirmPrompt("confirm"))
            .AddDialog(new DateTimePrompt("date", time, validator: async (prompt, ct) =>
            {
                if (prompt.Recognized.Value is { } value && value.Value.Date > time.GetUtcNow().Date)
                {
                    return true;
                }

                if (prompt.Recognized.Succeeded)
                {
                    await prompt.Context.SendActivityAsync(EvaluationTexts.DateInPast(English(prompt.Context)), ct);
                }

                return false;
            }));
        return dialog;
    }

    internal static bool English(ITurnContext context) => BotFrameworkTexts.IsEnglish(context.Activity.Locale);

    private static int WeeksUntil(WaterfallStepContext<NextEvaluationState> step) =>
        (int)Math.Round((step.State.Proposed - OzaTurn.Of(step.Context).Services.Time.GetUtcNow()).TotalDays / 7);
}
