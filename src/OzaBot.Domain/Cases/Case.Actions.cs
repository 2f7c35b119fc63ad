using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>Adds an action: what (neutral words), owner role, optional due moment (not in the past).</summary>
    public DomainResult<string> AddAction(string description, PartnerRole owner, DateTimeOffset? due, Actor actor)
    {
        if (GuardText(actor, description) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (due is { } d && d <= actor.At)
        {
            return DomainResult.Refused(Refusals.InPast);
        }

        var id = NextId("a");
        actions.Add(new CaseAction(id, description.Trim(), owner, due, ActionStatus.Open, actor.At));
        Commit(actor, CaseTexts.History.ActionAdded);
        return DomainResult.Success(id);
    }

    public DomainResult CompleteAction(string actionId, Actor actor) =>
        ChangeOpenAction(actionId, actor, a => a with { Status = ActionStatus.Gedaan, CompletedAt = actor.At }, CaseTexts.History.ActionDone, progress: true);

    public DomainResult CancelAction(string actionId, Actor actor) =>
        ChangeOpenAction(actionId, actor, a => a with { Status = ActionStatus.Geannuleerd }, CaseTexts.History.ActionCancelled, progress: false);

    /// <summary>Moves the due moment; counts how often, so repeated postponing can be escalated.</summary>
    public DomainResult PostponeAction(string actionId, DateTimeOffset newDue, Actor actor)
    {
        if (newDue <= actor.At)
        {
            return DomainResult.Refused(Refusals.InPast);
        }

        return ChangeOpenAction(actionId, actor, a => a with { Due = newDue, PostponedCount = a.PostponedCount + 1 }, CaseTexts.History.ActionPostponed, progress: false);
    }

    private DomainResult ChangeOpenAction(string actionId, Actor actor, Func<CaseAction, CaseAction> change, string what, bool progress)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var index = actions.FindIndex(a => a.Id == actionId);
        if (index < 0)
        {
            return DomainResult.Refused(Refusals.NotFound);
        }

        if (actions[index].Status != ActionStatus.Open)
        {
            return DomainResult.Refused(Refusals.ActionNotOpen);
        }

        actions[index] = change(actions[index]);
        return Commit(actor, what, progress);
    }
}
