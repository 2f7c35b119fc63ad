using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>
    /// Records an evaluation with its outcome scores and decision. Afsluiten closes the case; any other
    /// decision needs the next evaluation date. Opschalen/afschalen move the support level one step.
    /// </summary>
    public DomainResult<string> RecordEvaluation(
        ProcessCatalogue catalogue,
        OutcomeScores scores,
        EvaluationDecision decision,
        DateTimeOffset? nextEvaluationAt,
        Actor actor,
        IReadOnlyList<DoelResult>? perDoel = null,
        string? toelichting = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(scores);
        if (Guard(actor, toelichting) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (CheckEvaluation(catalogue, scores, decision, nextEvaluationAt, actor.At) is { IsRefused: true } invalid)
        {
            return invalid;
        }

        var id = NextId("e");
        evaluations.Add(new Evaluation(id, actor.At, scores, decision, nextEvaluationAt, perDoel is { Count: > 0 } ? [.. perDoel] : null, string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim()));
        NextEvaluationAt = decision == EvaluationDecision.Afsluiten ? null : nextEvaluationAt;
        SupportLevel = decision switch
        {
            EvaluationDecision.Opschalen => SupportLevel + 1,
            EvaluationDecision.Afschalen => SupportLevel - 1,
            _ => SupportLevel,
        };
        if (decision == EvaluationDecision.Afsluiten)
        {
            CloseNow(Cases.CloseReason.DoelenBereikt, actor);
        }

        Commit(actor, CaseTexts.History.Evaluated, progress: true);
        if (Track.IsOza() && decision is EvaluationDecision.Bijstellen or EvaluationDecision.Opschalen or EvaluationDecision.Afschalen)
        {
            FinancingReviewDue = decision is EvaluationDecision.Opschalen or EvaluationDecision.Afschalen;
            ReopenPlan();
            Commit(actor, CaseTexts.History.PlanReopened);
        }

        return DomainResult.Success(id);
    }

    private DomainResult CheckEvaluation(ProcessCatalogue catalogue, OutcomeScores scores, EvaluationDecision decision, DateTimeOffset? next, DateTimeOffset now)
    {
        if (!IsRunning(catalogue))
        {
            return DomainResult.Refused(CaseTexts.EvaluationTooEarly);
        }

        int?[] satisfaction = [scores.TevredenheidOuders, scores.TevredenheidLeerling, scores.TevredenheidSchool];
        if (satisfaction.Any(s => s is < 1 or > 5))
        {
            return DomainResult.Refused(CaseTexts.ScoreRange);
        }

        if (decision != EvaluationDecision.Afsluiten && (next is null || next <= now))
        {
            return DomainResult.Refused(CaseTexts.NextEvaluationMissing);
        }

        return decision switch
        {
            EvaluationDecision.Opschalen or EvaluationDecision.Afschalen when !Track.IsOza() => DomainResult.Refused(CaseTexts.OnlyOza),
            EvaluationDecision.Opschalen when SupportLevel == Cases.SupportLevel.Specialistisch => DomainResult.Refused(CaseTexts.AlreadySpecialistisch),
            EvaluationDecision.Afschalen when SupportLevel is null or Cases.SupportLevel.Basis => DomainResult.Refused(CaseTexts.AlreadyBasis),
            EvaluationDecision.Opschalen when SupportLevel is null => DomainResult.Refused(CaseTexts.SupportLevelMissing),
            _ => DomainResult.Ok,
        };
    }

    /// <summary>Raises an escalation (procesregisseur or Regionale Actietafel); one open escalation per level.</summary>
    public DomainResult<string> Escalate(EscalationLevel level, EscalationReason reason, string? note, Actor actor)
    {
        if (GuardText(actor, note, required: false) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (escalations.Any(e => e.Level == level && e.IsOpen))
        {
            return DomainResult.Refused(CaseTexts.EscalationOpen);
        }

        var id = NextId("x");
        escalations.Add(new Escalation(id, level, reason, NullIfBlank(note), actor.At));
        Commit(actor, CaseTexts.History.Escalated);
        return DomainResult.Success(id);
    }

    public DomainResult ResolveEscalation(string escalationId, string outcome, Actor actor)
    {
        if (GuardText(actor, outcome) is { IsRefused: true } refused)
        {
            return refused;
        }

        var index = escalations.FindIndex(e => e.Id == escalationId);
        if (index < 0)
        {
            return DomainResult.Refused(CaseTexts.NotFound);
        }

        if (!escalations[index].IsOpen)
        {
            return DomainResult.Refused(CaseTexts.EscalationResolved);
        }

        escalations[index] = escalations[index] with { ResolvedAt = actor.At, Outcome = outcome.Trim() };
        return Commit(actor, CaseTexts.History.EscalationResolved, progress: true);
    }

    internal bool HasOpenEscalation(EscalationLevel level) => escalations.Any(e => e.Level == level && e.IsOpen);

    /// <summary>Records consent: which partner (role) may receive which categories, given by whom (the age rule), until when.</summary>
    public DomainResult<string> RecordConsent(PartnerRole recipient, IReadOnlyCollection<ConsentCategory> categories, ConsentGiver givenBy, PupilAge age, DateOnly until, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (categories.Count == 0)
        {
            return DomainResult.Refused(CaseTexts.ConsentCategoriesMissing);
        }

        if (!ConsentRules.MayGive(givenBy, age))
        {
            return DomainResult.Refused(CaseTexts.ConsentWrongGiver(age));
        }

        if (until < DateOnly.FromDateTime(actor.At.UtcDateTime))
        {
            return DomainResult.Refused(CaseTexts.InPast);
        }

        var id = NextId("t");
        consents.Add(new ConsentRecord(id, recipient, [.. categories.Distinct().Order()], givenBy, age, actor.At, until));
        Commit(actor, CaseTexts.History.ConsentGiven);
        return DomainResult.Success(id);
    }

    public DomainResult WithdrawConsent(string consentId, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var index = consents.FindIndex(c => c.Id == consentId);
        if (index < 0)
        {
            return DomainResult.Refused(CaseTexts.NotFound);
        }

        if (consents[index].WithdrawnAt is not null)
        {
            return DomainResult.Refused(CaseTexts.ConsentWithdrawn);
        }

        consents[index] = consents[index] with { WithdrawnAt = actor.At };
        return Commit(actor, CaseTexts.History.ConsentWithdrawn);
    }

    /// <summary>
    /// The roles that may not receive a category at a moment: they need consent (<see cref="ConsentRules"/>)
    /// and have no valid one covering it. Only a case about one pupil needs consent.
    /// </summary>
    public IReadOnlyList<PartnerRole> WithoutConsent(IEnumerable<PartnerRole> roles, ConsentCategory category, DateTimeOffset moment) =>
        Track != Track.OzaIndividueel
            ? []
            : [.. roles.Distinct().Where(r => ConsentRules.NeedsConsent(r) && !consents.Any(c => c.Recipient == r && c.Covers(category) && c.IsValidOn(moment)))];
}
