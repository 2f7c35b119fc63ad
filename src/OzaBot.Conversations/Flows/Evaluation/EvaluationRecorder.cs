using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>Records an evaluation for both paths (card and text), with the next date at the plan's rhythm (six weeks without a plan).</summary>
internal static class EvaluationRecorder
{
    /// <summary>The suggestion for the next evaluation: the rhythm the joint plan agreed, else six weeks.</summary>
    public static TimeSpan NextEvaluationAfter(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return TimeSpan.FromDays(7 * (c.PlanVersions.Count > 0 ? c.PlanVersions[^1].Content.EvaluationEveryWeeks : 6));
    }

    /// <summary>
    /// OZA in Activeren or ZiO from phase 3: the same condition <see cref="Case.RecordEvaluation"/> checks,
    /// asked up front so nobody fills in a whole evaluation only to have it refused.
    /// </summary>
    public static bool IsRunning(ProcessCatalogue catalogue, Case c) =>
        c.Track.IsOza() ? c.CurrentStepId == StepIds.OzaActiveren : catalogue.Step(c.CurrentStepId).Phase >= 3;

    public static async Task<StoredCase?> RecordAsync(OzaTurn turn, StoredCase stored, EvaluationAnswers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answers);
        var catalogue = turn.Catalogue;
        var next = FlowDates.MorningOf(turn.Services.Time.GetUtcNow() + NextEvaluationAfter(stored.Case), turn.Services.Region);
        var updated = await turn.ChangeCaseAsync(
            stored,
            (c, actor) => answers.Record(c, catalogue, next, actor) is { IsRefused: true } refused
                ? DomainResult.Refused(refused.Reason!)
                : DomainResult.Ok,
            cancellationToken);
        if (updated is null)
        {
            return null;
        }

        await PlanCards.RefreshAsync(turn, updated, cancellationToken);
        await turn.SendAsync(EvaluationTexts.In(turn.Language).Recorded(answers.Decision), cancellationToken);
        if (updated.Case.IsClosed)
        {
            await turn.SendAsync(EvaluationTexts.In(turn.Language).ClosedAfterEvaluation(turn.Services.PurgeNotice(updated, turn.Language)), cancellationToken);
        }

        return updated;
    }

    /// <summary>What the next-date dialog starts from, or null when there is no next evaluation (the case closed).</summary>
    public static NextEvaluationState? NextDate(StoredCase updated) =>
        updated.Case is { IsClosed: false, NextEvaluationAt: { } at } ? new NextEvaluationState { CaseCode = updated.Code, Proposed = at } : null;
}
