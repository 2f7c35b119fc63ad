using System.Globalization;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Evaluation;

internal sealed class EvaluationDialogState
{
    public string CaseCode { get; set; } = "";

    public GoalAttainment? Doelrealisatie { get; set; }

    public bool? Uitval { get; set; }

    /// <summary>Scores 1–5 of ouders, leerling, school (null: not asked).</summary>
    public List<int?> Satisfaction { get; set; } = [];
}

/// <summary>The evaluation as a short text conversation (for phones): doelrealisatie, uitval, tevredenheid, besluit.</summary>
internal static class EvaluationDialog
{
    public const string Id = "evaluation";

    private static readonly string[] Skip = ["overslaan", "skip", "-", "nee", "no"];

    public static Dialog Create(ProcessCatalogue catalogue)
    {
        var dialog = new ComponentDialog(Id) { HelpText = EvaluationTexts.Help };
        dialog
            .AddDialog(new WaterfallDialog<EvaluationDialogState>(Id + "-steps", EvaluationFlowsJsonContext.Default.EvaluationDialogState)
                .AddStep((step, ct) =>
                {
                    var english = NextEvaluationDialog.English(step.Context);
                    return step.PromptAsync("goals", new PromptOptions
                    {
                        Prompt = ActivityAddressing.Text(EvaluationTexts.AskGoals(english)),
                        Choices = [.. EvaluationTexts.GoalChoices(english).Select(c => new Choice(c))],
                        Help = EvaluationTexts.GoalsHelp(english),
                    }, ct);
                })
                .AddStep((step, ct) =>
                {
                    step.State.Doelrealisatie = (GoalAttainment)step.ResultAs<FoundChoice>().Index;
                    return step.PromptAsync("yesno", PromptOptions.FromText(EvaluationTexts.AskUitval(NextEvaluationDialog.English(step.Context))), ct);
                })
                .AddStep((step, ct) =>
                {
                    step.State.Uitval = step.ResultAs<bool>();
                    var english = NextEvaluationDialog.English(step.Context);
                    return step.PromptAsync("satisfaction", PromptOptions.FromText(EvaluationTexts.AskSatisfaction(english), EvaluationTexts.SatisfactionRetry(english)), ct);
                })
                .AddStep((step, ct) =>
                {
                    step.State.Satisfaction = [.. ParseSatisfaction(step.ResultAs<string>())!];
                    var english = NextEvaluationDialog.English(step.Context);
                    return step.PromptAsync("decision", new PromptOptions
                    {
                        Prompt = ActivityAddressing.Text(EvaluationTexts.AskDecision(english, catalogue.Evaluation.Decisions)),
                        Choices = [.. catalogue.Evaluation.Decisions.Select(d => new Choice(d.Name))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var decision = Enum.Parse<EvaluationDecision>(catalogue.Evaluation.Decisions[step.ResultAs<FoundChoice>().Index].Id, ignoreCase: true);
                    var s = step.State;
                    var answers = new EvaluationAnswers(s.Doelrealisatie!.Value, s.Uitval!.Value, s.Satisfaction[0], s.Satisfaction[1], s.Satisfaction[2], decision);
                    var turn = OzaTurn.Of(step.Context);
                    if (await turn.RequireCaseAsync(s.CaseCode, ct) is { } stored &&
                        await EvaluationRecorder.RecordAsync(turn, stored, answers, ct) is { } updated &&
                        EvaluationRecorder.NextDate(updated) is { } next)
                    {
                        return await step.BeginDialogAsync(NextEvaluationDialog.Id, next, ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt("goals"))
            .AddDialog(new ConfirmPrompt("yesno"))
            .AddDialog(new TextPrompt("satisfaction", (prompt, _) => Task.FromResult(ParseSatisfaction(prompt.Recognized.Value) is not null)))
            .AddDialog(new ChoicePrompt("decision"));
        return dialog;
    }

    /// <summary>"4 3 5", "4, ?, 5", "overslaan" → three 1–5 scores (null: not asked); null when it is not that.</summary>
    internal static IReadOnlyList<int?>? ParseSatisfaction(string? text)
    {
        var trimmed = text?.Trim().ToLowerInvariant() ?? "";
        if (Skip.Contains(trimmed))
        {
            return [null, null, null];
        }

        var parts = trimmed.Split([' ', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts.Any(p => p != "?" && EvaluationAnswers.Score(p) is null))
        {
            return null;
        }

        return [.. parts.Select(p => p == "?" ? null : (int?)int.Parse(p, CultureInfo.InvariantCulture))];
    }
}
