using OzaBot.BotFramework.Builder;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Domain.Privacy;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Escalation;

internal sealed class ResolveEscalationState
{
    public string CaseCode { get; set; } = "";

    public string EscalationId { get; set; } = "";

    /// <summary>The question already shown when the dialog starts ("is de tafel geweest?").</summary>
    public string Question { get; set; } = "";
}

/// <summary>For a case already at the Actietafel: record the table's outcome (<c>ResolveEscalation</c>), or plan it.</summary>
internal static class ResolveEscalationDialog
{
    public const string Id = "escalation-resolve";

    public static Dialog Create()
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => EscalationTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<ResolveEscalationState>(Id + "-steps", EvaluationFlowsJsonContext.Default.ResolveEscalationState)
                .AddStep((step, ct) => step.PromptAsync("held", PromptOptions.FromText(step.State.Question), ct))
                .AddStep(async (step, ct) =>
                {
                    var language = NextEvaluationDialog.LanguageOf(step.Context);
                    if (!step.ResultAs<bool>())
                    {
                        await step.SendAsync(EscalationTexts.In(language).PlanIt, ct);
                        return await step.EndDialogAsync(cancellationToken: ct);
                    }

                    return await step.PromptAsync("outcome", PromptOptions.FromText(EscalationTexts.In(language).AskOutcome), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var outcome = step.ResultAs<string>().Trim();
                    var turn = OzaTurn.Of(step.Context);
                    if (await turn.RequireCaseAsync(step.State.CaseCode, ct) is { } stored &&
                        await turn.ChangeCaseAsync(stored, (c, actor) => c.ResolveEscalation(step.State.EscalationId, outcome, actor), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await step.SendAsync(EscalationTexts.In(turn.Language).Resolved, ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ConfirmPrompt("held"))
            .AddDialog(new TextPrompt("outcome", async (prompt, ct) =>
            {
                var language = NextEvaluationDialog.LanguageOf(prompt.Context);
                var text = prompt.Recognized.Value?.Trim() ?? "";
                var problem = PrivacyCheck.Problem(text, prompt.Context) is { } found ? found
                    : text.Length > EscalationTexts.MaxQuestionLength ? EscalationTexts.In(language).OutcomeTooLong
                    : null;
                if (problem is null)
                {
                    return text.Length > 0;
                }

                await prompt.Context.SendActivityAsync(problem, ct);
                return false;
            }));
        return dialog;
    }
}
