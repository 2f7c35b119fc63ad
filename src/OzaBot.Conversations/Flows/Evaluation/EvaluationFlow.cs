using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// "evaluatie": the stap-5 questions to discuss and which kind it is; a tussenevaluatie records progress and a
/// decision through the <c>evaluation</c> card (<c>saveEvaluation</c>) or the text dialog, then the next date;
/// the eindevaluatie ("eindevaluatie", or chosen) records the outcome through the <c>evaluation-final</c> card
/// (<c>saveFinalEvaluation</c>) or the text dialog, and closes the case.
/// </summary>
internal sealed class EvaluationFlow : IIntentHandler, ICardActionHandler
{
    public const string SaveVerb = "saveEvaluation";

    public const string SaveFinalVerb = "saveFinalEvaluation";

    /// <summary>The plan card's "Start evaluatie" button.</summary>
    public const string StartVerb = "startEvaluation";

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Evaluate, Intent.FinalEvaluation];

    public IReadOnlyCollection<string> Verbs { get; } = [SaveVerb, SaveFinalVerb, StartVerb];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is { } stored)
        {
            await StartAsync(turn, stored, match.Intent == Intent.FinalEvaluation ? true : null, cancellationToken);
        }
    }

    /// <summary>The questions to discuss and which kind (unless known), then the card and the same questions as a text conversation.</summary>
    private static async Task StartAsync(OzaTurn turn, StoredCase stored, bool? final, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (stored.Case.IsClosed || !EvaluationRecorder.IsRunning(turn.Catalogue, stored.Case))
        {
            await turn.SendAsync(stored.Case.IsClosed ? CaseAccessTexts.Closed(turn.Language, stored.Code) : EvaluationTexts.In(language).TooEarly, cancellationToken);
            return;
        }

        await turn.Dialogs.BeginDialogAsync(EvaluationDialog.Id, new EvaluationDialogState { CaseCode = stored.Code, Final = final }, cancellationToken);
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Verb == StartVerb)
        {
            if (await CaseCardSubmit.ReadAsync(turn, submission, _ => 0, cancellationToken) is var (plan, _, _))
            {
                if (submission.IsInvoke)
                {
                    turn.Context.InvokeResponse = CardMessage.TextResponse(EvaluationTexts.In(turn.Language).Starting);
                }

                await turn.Dialogs.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await StartAsync(turn, plan, null, cancellationToken);
            }

            return;
        }

        var final = submission.Verb == SaveFinalVerb;
        var today = PrivacyCheck.Today(turn.Context);
        string? problem = null;
        var read = await CaseCardSubmit.ReadAsync(
            turn,
            submission,
            r => final
                ? OutcomeAnswers.Read(r, turn.Language, today, out problem)
                : (EvaluationAnswers?)ProgressAnswers.Read(r, turn.Catalogue.Evaluation, turn.Language, today, out problem),
            cancellationToken);
        if (read is not var (stored, revision, answers))
        {
            return;
        }

        if (revision != stored.Case.Revision)
        {
            var current = turn.Card(EvaluationCard.TemplateOf(final), EvaluationCard.Data(turn, stored, final));
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, EvaluationTexts.In(turn.Language).Stale, current, cancellationToken);
            return;
        }

        if (answers is null)
        {
            await CaseCardSubmit.RefuseAsync(turn, submission, problem!, cancellationToken);
            return;
        }

        var updated = await EvaluationRecorder.RecordAsync(turn, stored, answers, cancellationToken);
        if (updated is null)
        {
            CaseCardSubmit.RefuseInvoke(turn, submission);
            return;
        }

        await CaseCardSubmit.ShowResultAsync(turn, submission, turn.Card("notice", RecordedNotice(turn, updated, answers)), cancellationToken);

        // The card answered what the text questions ask: end those, then settle the next date.
        await turn.Dialogs.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        if (EvaluationRecorder.NextDate(updated) is { } next)
        {
            await turn.Dialogs.BeginDialogAsync(NextEvaluationDialog.Id, next, cancellationToken);
        }
    }

    private static JsonObject RecordedNotice(OzaTurn turn, StoredCase updated, EvaluationAnswers answers) => new()
    {
        ["style"] = "good",
        ["marker"] = "✓",
        ["title"] = EvaluationTexts.In(turn.Language).RecordedTitle,
        ["message"] = EvaluationTexts.In(turn.Language).Recorded(answers.Decision),
        ["caseCode"] = updated.Code,
        ["details"] = new JsonArray(),
        ["card"] = EvaluationCard.TemplateOf(answers.Decision == Domain.Cases.EvaluationDecision.Afsluiten),
        ["actionTitle"] = "",
    };
}
