using System.Globalization;
using OzaBot.Domain.Vocabulary;
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

    /// <summary>True for the eindevaluatie, false for a tussenevaluatie; null until the user chose.</summary>
    public bool? Final { get; set; }

    /// <summary>Tussenevaluatie: the ratings given so far, in the order of the four stap-5 questions.</summary>
    public List<ProgressRating> Ratings { get; set; } = [];

    public GoalAttainment? Doelrealisatie { get; set; }

    public bool? Uitval { get; set; }
}

/// <summary>
/// The evaluation as a short text conversation (for phones), next to the card: which kind, then for a
/// tussenevaluatie the four stap-5 questions and a decision, for the eindevaluatie doelrealisatie, uitval and
/// tevredenheid. Whichever of card and text is finished first is recorded.
/// </summary>
internal static class EvaluationDialog
{
    public const string Id = "evaluation";

    private const string ProgressId = Id + "-progress";
    private const string FinalId = Id + "-final";

    private static readonly string[] Skip = ["overslaan", "skip", "-", "nee", "no"];

    public static Dialog Create(ProcessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var count = catalogue.Evaluation.Questions.Count;
        var dialog = new ComponentDialog(Id) { HelpText = context => EvaluationTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<EvaluationDialogState>(Id + "-kind", EvaluationFlowsJsonContext.Default.EvaluationDialogState)
                .AddStep((step, ct) => step.State.Final is not null
                    ? step.NextAsync(null, ct)
                    : step.PromptAsync("kind", new PromptOptions
                    {
                        Prompt = ActivityAddressing.Text(EvaluationTexts.In(LanguageOf(step)).Intro(step.State.CaseCode, Questions(step))),
                        Choices = [.. EvaluationTexts.In(LanguageOf(step)).KindChoices.Select(c => new Choice(c))],
                    }, ct))
                .AddStep(async (step, ct) =>
                {
                    step.State.Final ??= step.ResultAs<FoundChoice>().Index == 1;
                    var turn = OzaTurn.Of(step.Context);
                    if (await turn.RequireCaseAsync(step.State.CaseCode, ct) is not { } stored)
                    {
                        return await step.EndDialogAsync(cancellationToken: ct);
                    }

                    var final = step.State.Final.Value;
                    await turn.SendTextWithCardAsync(EvaluationTexts.In(turn.Language).CardOrText(final), EvaluationCard.TemplateOf(final), EvaluationCard.Data(turn, stored, final), ct);
                    return await step.ReplaceDialogAsync(final ? FinalId : ProgressId, step.State, ct);
                }))
            .AddDialog(new WaterfallDialog<EvaluationDialogState>(ProgressId, EvaluationFlowsJsonContext.Default.EvaluationDialogState)
                .AddStep((step, ct) =>
                {
                    var question = Questions(step)[step.State.Ratings.Count];
                    return step.PromptAsync("rating", new PromptOptions
                    {
                        Prompt = ActivityAddressing.Text(EvaluationTexts.In(LanguageOf(step)).AskRating(step.State.Ratings.Count + 1, count, question)),
                        Choices = [.. EvaluationTexts.In(LanguageOf(step)).RatingChoices.Select(c => new Choice(c))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.Ratings.Add((ProgressRating)step.ResultAs<FoundChoice>().Index);
                    if (step.State.Ratings.Count < count)
                    {
                        return await step.ReplaceDialogAsync(ProgressId, step.State, ct);
                    }

                    return await step.PromptAsync("decision", new PromptOptions
                    {
                        Prompt = ActivityAddressing.Text(EvaluationTexts.In(LanguageOf(step)).AskDecision(Decisions(step))),
                        Choices = [.. Decisions(step).Select((d, i) => new Choice(d.Name, Decisions(OzaTurn.Of(step.Context).Services.Catalogue)[i].Name, d.Id))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var decision = Enum.Parse<EvaluationDecision>(Decisions(step)[step.ResultAs<FoundChoice>().Index].Id, ignoreCase: true);
                    var r = step.State.Ratings;
                    return await RecordAsync(step, new ProgressAnswers(new EvaluationProgress(r[0], r[1], r[2], r[3]), decision), ct);
                }))
            .AddDialog(new WaterfallDialog<EvaluationDialogState>(FinalId, EvaluationFlowsJsonContext.Default.EvaluationDialogState)
                .AddStep((step, ct) => step.PromptAsync("goals", new PromptOptions
                {
                    Prompt = ActivityAddressing.Text(EvaluationTexts.In(LanguageOf(step)).AskGoals),
                    Choices = [.. EvaluationTexts.In(LanguageOf(step)).GoalChoices.Select(c => new Choice(c))],
                    Help = EvaluationTexts.In(LanguageOf(step)).GoalsHelp,
                }, ct))
                .AddStep((step, ct) =>
                {
                    step.State.Doelrealisatie = (GoalAttainment)step.ResultAs<FoundChoice>().Index;
                    return step.PromptAsync("yesno", PromptOptions.FromText(EvaluationTexts.In(LanguageOf(step)).AskUitval), ct);
                })
                .AddStep((step, ct) =>
                {
                    step.State.Uitval = step.ResultAs<bool>();
                    return step.PromptAsync("satisfaction", PromptOptions.FromText(EvaluationTexts.In(LanguageOf(step)).AskSatisfaction, EvaluationTexts.In(LanguageOf(step)).SatisfactionRetry), ct);
                })
                .AddStep((step, ct) =>
                {
                    var s = step.State;
                    var satisfaction = ParseSatisfaction(step.ResultAs<string>())!;
                    return RecordAsync(step, new OutcomeAnswers(s.Doelrealisatie!.Value, s.Uitval!.Value, satisfaction[0], satisfaction[1], satisfaction[2]), ct);
                }))
            .AddDialog(new ChoicePrompt("kind"))
            .AddDialog(new ChoicePrompt("rating"))
            .AddDialog(new ChoicePrompt("decision"))
            .AddDialog(new ChoicePrompt("goals"))
            .AddDialog(new ConfirmPrompt("yesno"))
            .AddDialog(new TextPrompt("satisfaction", (prompt, _) => Task.FromResult(ParseSatisfaction(prompt.Recognized.Value) is not null)));
        return dialog;
    }

    /// <summary>The evaluation questions in the turn's language.</summary>
    private static IReadOnlyList<EvaluationQuestion> Questions(WaterfallStepContext<EvaluationDialogState> step) => OzaTurn.Of(step.Context).Catalogue.Evaluation.Questions;

    /// <summary>The decisions of a tussenevaluatie (closing is the eindevaluatie), in the turn's language.</summary>
    private static List<VocabularyTerm> Decisions(WaterfallStepContext<EvaluationDialogState> step) => Decisions(OzaTurn.Of(step.Context).Catalogue);

    private static List<VocabularyTerm> Decisions(ProcessCatalogue catalogue) =>
        [.. catalogue.Evaluation.Decisions.Where(d => d.Id != nameof(EvaluationDecision.Afsluiten))];

    /// <summary>Records the answers; after a tussenevaluatie, on to confirming the next date.</summary>
    private static async Task<DialogTurnResult> RecordAsync(WaterfallStepContext<EvaluationDialogState> step, EvaluationAnswers answers, CancellationToken ct)
    {
        var turn = OzaTurn.Of(step.Context);
        if (await turn.RequireCaseAsync(step.State.CaseCode, ct) is { } stored &&
            await EvaluationRecorder.RecordAsync(turn, stored, answers, ct) is { } updated &&
            EvaluationRecorder.NextDate(updated) is { } next)
        {
            return await step.BeginDialogAsync(NextEvaluationDialog.Id, next, ct);
        }

        return await step.EndDialogAsync(cancellationToken: ct);
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
        if (parts.Length != 3 || parts.Any(p => p != "?" && OutcomeAnswers.Score(p) is null))
        {
            return null;
        }

        return [.. parts.Select(p => p == "?" ? null : (int?)int.Parse(p, CultureInfo.InvariantCulture))];
    }

    private static Language LanguageOf(WaterfallStepContext<EvaluationDialogState> step) => OzaTurn.Of(step.Context).Language;
}
