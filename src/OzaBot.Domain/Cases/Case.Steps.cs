using System.Text.Json.Serialization;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>
    /// A product rule, not from the sources: the joint plan of an OZA is expected within four weeks of Ontwikkelen
    /// starting; after that the chat is reminded that it is not agreed yet.
    /// </summary>
    public const int PlanExpectedWithinDays = 28;

    /// <summary>When the joint plan of a case in Ontwikkelen is expected; null once it is agreed or in any other step.</summary>
    [JsonIgnore]
    public DateTimeOffset? PlanExpectedAt =>
        CurrentStepId == StepIds.OzaOntwikkelen && PlanAgreedAt is null && !IsClosed ? StepStartedAt.AddDays(PlanExpectedWithinDays) : null;

    public ChecklistStatus ChecklistStatusOf(string itemId) =>
        checklist.FirstOrDefault(e => e.ItemId == itemId)?.Status ?? ChecklistStatus.Open;

    /// <summary>The checklist items of the current step that apply to this track and are still open.</summary>
    public IReadOnlyList<ChecklistItem> OpenChecklistItems(ProcessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return [.. catalogue.Step(CurrentStepId).ChecklistFor(Track).Where(i => ChecklistStatusOf(i.Id) == ChecklistStatus.Open)];
    }

    /// <summary>Marks a checklist item of the current or an earlier step as done, not applicable, or open again.</summary>
    public DomainResult SetChecklistItem(ProcessCatalogue catalogue, string itemId, ChecklistStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (!catalogue.TryGetChecklistItem(itemId, out var step, out var item) || !item.AppliesToTrack(Track)
            || !catalogue.StepsFor(Track).Contains(step))
        {
            return DomainResult.Refused(Refusals.UnknownChecklistItem);
        }

        if (step.Number > catalogue.Step(CurrentStepId).Number)
        {
            return DomainResult.Refused(Refusals.FutureStep(step.Id));
        }

        checklist.RemoveAll(e => e.ItemId == itemId);
        checklist.Add(new ChecklistEntry(itemId, status, actor.At, actor.UserId));
        return Commit(actor, CaseTexts.History.Checklist(itemId, status), progress: status != ChecklistStatus.Open);
    }

    /// <summary>Keeps a short note on the current step (the checklist card's note field).</summary>
    public DomainResult AddStepNote(string text, Actor actor)
    {
        if (GuardText(actor, text) is { IsRefused: true } refused)
        {
            return refused;
        }

        notes.Add(new StepNote(CurrentStepId, text.Trim(), actor.At, actor.UserId));
        return Commit(actor, CaseTexts.History.NoteAdded);
    }

    public DomainResult ChooseSupportLevel(SupportLevel level, Actor actor)
    {
        if (GuardOza(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        SupportLevel = level;
        return Commit(actor, CaseTexts.History.SupportLevel, progress: true);
    }

    public DomainResult ChooseGoals(IEnumerable<OzaGoal> chosen, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (GuardOza(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var distinct = chosen.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            return DomainResult.Refused(Refusals.GoalsMissing);
        }

        goals = distinct;
        return Commit(actor, CaseTexts.History.Goals, progress: true);
    }

    /// <summary>
    /// Agrees the joint plan (Ontwikkelen): needs exactly one procesregisseur, one or more doelstellingen
    /// (which replace the case's), support on at least one aspect, at least one concrete doel, a period and a
    /// first evaluation inside it. Also sets that evaluation date. The partners may revise an agreed plan at any time, and a
    /// plan reopened after an evaluation is agreed again: each time as a new version, the earlier ones kept in <see cref="PlanVersions"/>.
    /// </summary>
    public DomainResult AgreeJointPlan(JointPlanDraft draft, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (GuardOza(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (CanAgreeJointPlan() is { IsRefused: true } notYet)
        {
            return notYet;
        }

        if (CheckPlan(draft, actor) is { IsRefused: true } invalid)
        {
            return invalid;
        }

        var plan = new JointPlan(planVersions.Count + 1, Normalise(draft), actor.At, actor.UserId);
        goals = [.. plan.Content.Doelstellingen];
        planVersions.Add(plan);
        JointPlan = plan;
        PlanAgreedAt = actor.At;
        NextEvaluationAt = draft.FirstEvaluation;
        return Commit(actor, CaseTexts.History.PlanAgreedVersion(plan.Version), progress: true);
    }

    /// <summary>Whether the plan can be agreed now, before anyone fills it in: the step, the procesregisseur and a doelstelling.</summary>
    public DomainResult CanAgreeJointPlan()
    {
        if (IsClosed)
        {
            return DomainResult.Refused(Refusals.Closed);
        }

        if (!Track.IsOza())
        {
            return DomainResult.Refused(Refusals.OnlyOza);
        }

        if (Array.IndexOf(StepIds.Oza, CurrentStepId) < Array.IndexOf(StepIds.Oza, StepIds.OzaOntwikkelen))
        {
            return DomainResult.Refused(Refusals.PlanNotYet);
        }

        return Procesregisseur is null ? DomainResult.Refused(Refusals.NoProcesregisseur) : DomainResult.Ok;
    }

    private DomainResult CheckPlan(JointPlanDraft draft, Actor actor)
    {
        var texts = draft.Support.Select(s => s.What).Concat(draft.Doelen).Append(draft.FamilyView).ToArray();
        if (Guard(actor, texts) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (texts.Any(t => t is { Length: > MaxTextLength }))
        {
            return DomainResult.Refused(Refusals.TextTooLong);
        }

        if (draft.Doelstellingen.Count == 0)
        {
            return DomainResult.Refused(Refusals.GoalsMissing);
        }

        if (!draft.Support.Any(s => !string.IsNullOrWhiteSpace(s.What)))
        {
            return DomainResult.Refused(Refusals.PlanSupportMissing);
        }

        if (!draft.Doelen.Any(d => !string.IsNullOrWhiteSpace(d)))
        {
            return DomainResult.Refused(Refusals.PlanDoelenMissing);
        }

        if (draft.Until <= draft.From)
        {
            return DomainResult.Refused(Refusals.PeriodInvalid);
        }

        if (draft.FirstEvaluation <= actor.At)
        {
            return DomainResult.Refused(Refusals.InPast);
        }

        if (DateOnly.FromDateTime(draft.FirstEvaluation.Date) > draft.Until)
        {
            return DomainResult.Refused(Refusals.EvaluationAfterPeriod);
        }

        return draft.EvaluationEveryWeeks is < 1 or > 52 ? DomainResult.Refused(Refusals.EvaluationRhythm) : DomainResult.Ok;
    }

    private static JointPlanDraft Normalise(JointPlanDraft draft) => draft with
    {
        Support = [.. draft.Support.Where(s => !string.IsNullOrWhiteSpace(s.What)).Select(s => s with { What = s.What.Trim() })],
        Doelstellingen = [.. draft.Doelstellingen.Distinct().Order()],
        Doelen = [.. draft.Doelen.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim())],
        FamilyView = string.IsNullOrWhiteSpace(draft.FamilyView) ? null : draft.FamilyView.Trim(),
    };

    /// <summary>
    /// Bijstellen, opschalen or afschalen at an evaluation reopens the plan (and with it the financing):
    /// the partners agree a new version; the earlier one stays in <see cref="PlanVersions"/>.
    /// </summary>
    private void ReopenPlan()
    {
        JointPlan = null;
        PlanAgreedAt = null;
    }

    /// <summary>Sets the date of the next (or first) evaluation; needs the joint plan for an OZA.</summary>
    public DomainResult ScheduleNextEvaluation(DateTimeOffset at, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        // A plan reopened at an evaluation still has its earlier version: the evaluations go on meanwhile.
        if (Track.IsOza() && PlanAgreedAt is null && PlanVersions.Count == 0)
        {
            return DomainResult.Refused(Refusals.PlanMissing);
        }

        if (at <= actor.At)
        {
            return DomainResult.Refused(Refusals.InPast);
        }

        NextEvaluationAt = at;
        return Commit(actor, CaseTexts.History.NextEvaluation);
    }

    /// <summary>Whether the case may move to the next step, and if not, why (the same rules <see cref="AdvanceStep"/> applies).</summary>
    public DomainResult CanAdvance(ProcessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (IsClosed)
        {
            return DomainResult.Refused(Refusals.Closed);
        }

        var step = catalogue.Step(CurrentStepId);
        if (catalogue.NextStep(Track, CurrentStepId) is not { } next)
        {
            return DomainResult.Refused(Refusals.LastStep);
        }

        var open = OpenChecklistItems(catalogue);
        if (open.Count > 0)
        {
            // The refusal may be said in a group chat: a sensitive item is named without its subject.
            return DomainResult.Refused(Refusals.ChecklistOpen(step.Id, open.Select(i => i.Id)));
        }

        return next.Id switch
        {
            StepIds.OzaBetrekken when SupportLevel is null => DomainResult.Refused(Refusals.SupportLevelMissing),
            StepIds.OzaArrangeren when PlanAgreedAt is null => DomainResult.Refused(Refusals.PlanMissing),
            StepIds.OzaActiveren when Procesregisseur is null => DomainResult.Refused(Refusals.NoProcesregisseur),
            StepIds.OzaActiveren when NextEvaluationAt is null => DomainResult.Refused(Refusals.NoFirstEvaluation),
            _ => DomainResult.Ok,
        };
    }

    /// <summary>Moves to the next step of the track when <see cref="CanAdvance"/> allows it.</summary>
    public DomainResult AdvanceStep(ProcessCatalogue catalogue, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (CanAdvance(catalogue) is { IsRefused: true } blocked)
        {
            return blocked;
        }

        var next = catalogue.NextStep(Track, CurrentStepId)!;
        CurrentStepId = next.Id;
        StepStartedAt = actor.At;
        return Commit(actor, CaseTexts.History.StepStarted(next.Name), progress: true);
    }

    private DomainResult GuardOza(Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        return Track.IsOza() ? DomainResult.Ok : DomainResult.Refused(Refusals.OnlyOza);
    }

    /// <summary>OZA in Activeren, or ZiO in phase 3: the arrangement is running and can be evaluated.</summary>
    internal bool IsRunning(ProcessCatalogue catalogue) =>
        Track.IsOza() ? CurrentStepId == StepIds.OzaActiveren : catalogue.Step(CurrentStepId).Phase >= 3;
}
