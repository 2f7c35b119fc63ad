using OzaBot.BotFramework.Builder;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;
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

    public static Dialog Create(TimeProvider time, RegionTime region)
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => EvaluationTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<NextEvaluationState>(Id + "-steps", EvaluationFlowsJsonContext.Default.NextEvaluationState)
                .AddStep((step, ct) => step.PromptAsync(
                    "confirm",
                    PromptOptions.FromText(EvaluationTexts.In(LanguageOf(step.Context)).ConfirmNextDate(OzaTurn.Of(step.Context).Dates.Date(step.State.Proposed), WeeksUntil(step))),
                    ct))
                .AddStep(async (step, ct) =>
                {
                    if (step.ResultAs<bool>())
                    {
                        await step.SendAsync(EvaluationTexts.In(LanguageOf(step.Context)).NextPlanned(OzaTurn.Of(step.Context).Dates.Date(step.State.Proposed)), ct);
                        return await step.EndDialogAsync(cancellationToken: ct);
                    }

                    return await step.PromptAsync("date", PromptOptions.FromText(EvaluationTexts.In(LanguageOf(step.Context)).AskOtherDate), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var answer = step.ResultAs<DateTimeResolution>();
                    var at = answer.HasTime ? answer.Value : FlowDates.MorningOf(answer.Value, region);
                    var turn = OzaTurn.Of(step.Context);
                    if (await turn.RequireCaseAsync(step.State.CaseCode, ct) is { } stored &&
                        await turn.ChangeCaseAsync(stored, (c, actor) => c.ScheduleNextEvaluation(at, actor), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await step.SendAsync(EvaluationTexts.In(turn.Language).NextPlanned(turn.Dates.Date(at)), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ConfirmPrompt("confirm"))
            .AddDialog(new DateTimePrompt("date", time, region.Zone, validator: async (prompt, ct) =>
            {
                if (prompt.Recognized.Value is { } value && value.Value.Date > time.GetUtcNow().Date)
                {
                    return true;
                }

                if (prompt.Recognized.Succeeded)
                {
                    await prompt.Context.SendActivityAsync(EvaluationTexts.In(LanguageOf(prompt.Context)).DateInPast, ct);
                }

                return false;
            }));
        return dialog;
    }

    internal static Language LanguageOf(ITurnContext context) => OzaTurn.Of(context).Language;

    private static int WeeksUntil(WaterfallStepContext<NextEvaluationState> step) =>
        (int)Math.Round((step.State.Proposed - OzaTurn.Of(step.Context).Services.Time.GetUtcNow()).TotalDays / 7);
}
