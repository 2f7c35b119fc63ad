using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
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
            return DomainResult.Refused(CaseTexts.UnknownChecklistItem);
        }

        if (step.Number > catalogue.Step(CurrentStepId).Number)
        {
            return DomainResult.Refused(CaseTexts.FutureStep(step.Name));
        }

        checklist.RemoveAll(e => e.ItemId == itemId);
        checklist.Add(new ChecklistEntry(itemId, status, actor.At, actor.UserId));
        return Commit(actor, CaseTexts.History.Checklist(itemId, status), progress: status != ChecklistStatus.Open);
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
            return DomainResult.Refused(CaseTexts.GoalsMissing);
        }

        goals = distinct;
        return Commit(actor, CaseTexts.History.Goals, progress: true);
    }

    /// <summary>Sets the joint plan (Ontwikkelen): needs exactly one procesregisseur and a doelstelling.</summary>
    public DomainResult AgreeJointPlan(Actor actor)
    {
        if (GuardOza(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (PlanAgreedAt is not null)
        {
            return DomainResult.Refused(CaseTexts.PlanAlreadyAgreed);
        }

        if (Array.IndexOf(StepIds.Oza, CurrentStepId) < Array.IndexOf(StepIds.Oza, StepIds.OzaOntwikkelen))
        {
            return DomainResult.Refused(CaseTexts.PlanNotYet);
        }

        if (Procesregisseur is null)
        {
            return DomainResult.Refused(CaseTexts.NoProcesregisseur);
        }

        if (goals.Count == 0)
        {
            return DomainResult.Refused(CaseTexts.GoalsMissing);
        }

        PlanAgreedAt = actor.At;
        return Commit(actor, CaseTexts.History.PlanAgreed, progress: true);
    }

    /// <summary>Sets the date of the next (or first) evaluation; needs the joint plan for an OZA.</summary>
    public DomainResult ScheduleNextEvaluation(DateTimeOffset at, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (Track.IsOza() && PlanAgreedAt is null)
        {
            return DomainResult.Refused(CaseTexts.PlanMissing);
        }

        if (at <= actor.At)
        {
            return DomainResult.Refused(CaseTexts.InPast);
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
            return DomainResult.Refused(CaseTexts.Closed);
        }

        var step = catalogue.Step(CurrentStepId);
        if (catalogue.NextStep(Track, CurrentStepId) is not { } next)
        {
            return DomainResult.Refused(CaseTexts.LastStep);
        }

        var open = OpenChecklistItems(catalogue);
        if (open.Count > 0)
        {
            return DomainResult.Refused(CaseTexts.ChecklistOpen(step.Name, open.Select(i => i.Text)));
        }

        return next.Id switch
        {
            StepIds.OzaBetrekken when SupportLevel is null => DomainResult.Refused(CaseTexts.SupportLevelMissing),
            StepIds.OzaArrangeren when PlanAgreedAt is null => DomainResult.Refused(CaseTexts.PlanMissing),
            StepIds.OzaActiveren when Procesregisseur is null => DomainResult.Refused(CaseTexts.NoProcesregisseur),
            StepIds.OzaActiveren when NextEvaluationAt is null => DomainResult.Refused(CaseTexts.NoFirstEvaluation),
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

        return Track.IsOza() ? DomainResult.Ok : DomainResult.Refused(CaseTexts.OnlyOza);
    }

    /// <summary>OZA in Activeren, or ZiO in phase 3: the arrangement is running and can be evaluated.</summary>
    internal bool IsRunning(ProcessCatalogue catalogue) =>
        Track.IsOza() ? CurrentStepId == StepIds.OzaActiveren : catalogue.Step(CurrentStepId).Phase >= 3;
}
