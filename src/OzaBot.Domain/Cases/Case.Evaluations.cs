using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>
    /// Records a tussenevaluatie: progress on the four stap-5 questions and how to go on. Any decision but
    /// afsluiten (that is the eindevaluatie) needs the next evaluation date. Opschalen/afschalen move the support
    /// level one step; bijstellen, opschalen and afschalen reopen the plan (and with op-/afschalen the financing).
    /// </summary>
    public DomainResult<string> RecordEvaluation(
        ProcessCatalogue catalogue,
        EvaluationProgress progress,
        EvaluationDecision decision,
        DateTimeOffset? nextEvaluationAt,
        Actor actor,
        IReadOnlyList<DoelResult>? perDoel = null,
        string? toelichting = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (CheckEvaluation(catalogue, actor, toelichting) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (CheckDecision(decision, nextEvaluationAt, actor.At) is { IsRefused: true } invalid)
        {
            return invalid;
        }

        var id = NextId("e");
        evaluations.Add(new Evaluation(id, actor.At, null, decision, nextEvaluationAt, Listed(perDoel), NullIfBlank(toelichting), progress));
        NextEvaluationAt = nextEvaluationAt;
        SupportLevel = decision switch
        {
            EvaluationDecision.Opschalen => SupportLevel + 1,
            EvaluationDecision.Afschalen => SupportLevel - 1,
            _ => SupportLevel,
        };
        Commit(actor, CaseTexts.History.Evaluated, progress: true);
        if (Track.IsOza() && decision is EvaluationDecision.Bijstellen or EvaluationDecision.Opschalen or EvaluationDecision.Afschalen)
        {
            FinancingReviewDue = decision is EvaluationDecision.Opschalen or EvaluationDecision.Afschalen;
            ReopenPlan();
            Commit(actor, CaseTexts.History.PlanReopened);
        }

        return DomainResult.Success(id);
    }

    /// <summary>
    /// Records the eindevaluatie: the outcome (uitval, tevredenheid, doelrealisatie) at the end of the
    /// arrangement, which closes the case (handreiking 6: "aan het eind van het oza-traject bespreken ze de outcome").
    /// </summary>
    public DomainResult<string> RecordFinalEvaluation(
        ProcessCatalogue catalogue,
        OutcomeScores scores,
        Actor actor,
        IReadOnlyList<DoelResult>? perDoel = null,
        string? toelichting = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (CheckEvaluation(catalogue, actor, toelichting) is { IsRefused: true } refused)
        {
            return refused;
        }

        int?[] satisfaction = [scores.TevredenheidOuders, scores.TevredenheidLeerling, scores.TevredenheidSchool];
        if (satisfaction.Any(s => s is < 1 or > 5))
        {
            return DomainResult.Refused(Refusals.ScoreRange);
        }

        var id = NextId("e");
        evaluations.Add(new Evaluation(id, actor.At, scores, EvaluationDecision.Afsluiten, null, Listed(perDoel), NullIfBlank(toelichting)));
        NextEvaluationAt = null;
        CloseNow(Cases.CloseReason.DoelenBereikt, actor);
        Commit(actor, CaseTexts.History.Evaluated, progress: true);
        return DomainResult.Success(id);
    }

    private DomainResult CheckEvaluation(ProcessCatalogue catalogue, Actor actor, string? toelichting)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (Guard(actor, toelichting) is { IsRefused: true } refused)
        {
            return refused;
        }

        return IsRunning(catalogue) ? DomainResult.Ok : DomainResult.Refused(Refusals.EvaluationTooEarly);
    }

    private DomainResult CheckDecision(EvaluationDecision decision, DateTimeOffset? next, DateTimeOffset now) => decision switch
    {
        EvaluationDecision.Afsluiten => DomainResult.Refused(Refusals.FinalEvaluationCloses),
        _ when next is null || next <= now => DomainResult.Refused(Refusals.NextEvaluationMissing),
        EvaluationDecision.Opschalen or EvaluationDecision.Afschalen when !Track.IsOza() => DomainResult.Refused(Refusals.OnlyOza),
        EvaluationDecision.Opschalen when SupportLevel == Cases.SupportLevel.Specialistisch => DomainResult.Refused(Refusals.AlreadySpecialistisch),
        EvaluationDecision.Afschalen when SupportLevel is null or Cases.SupportLevel.Basis => DomainResult.Refused(Refusals.AlreadyBasis),
        EvaluationDecision.Opschalen when SupportLevel is null => DomainResult.Refused(Refusals.SupportLevelMissing),
        _ => DomainResult.Ok,
    };

    private static List<DoelResult>? Listed(IReadOnlyList<DoelResult>? perDoel) => perDoel is { Count: > 0 } ? [.. perDoel] : null;

    /// <summary>Raises an escalation (procesregisseur or Regionale Actietafel); one open escalation per level.</summary>
    public DomainResult<string> Escalate(EscalationLevel level, EscalationReason reason, string? note, Actor actor)
    {
        if (GuardText(actor, note, required: false) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (escalations.Any(e => e.Level == level && e.IsOpen))
        {
            return DomainResult.Refused(Refusals.EscalationOpen);
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
            return DomainResult.Refused(Refusals.NotFound);
        }

        if (!escalations[index].IsOpen)
        {
            return DomainResult.Refused(Refusals.EscalationResolved);
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
            return DomainResult.Refused(Refusals.ConsentCategoriesMissing);
        }

        if (!ConsentRules.MayGive(givenBy, age))
        {
            return DomainResult.Refused(Refusals.ConsentWrongGiver(age));
        }

        if (until < DateOnly.FromDateTime(actor.At.UtcDateTime))
        {
            return DomainResult.Refused(Refusals.InPast);
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
            return DomainResult.Refused(Refusals.NotFound);
        }

        if (consents[index].WithdrawnAt is not null)
        {
            return DomainResult.Refused(Refusals.ConsentWithdrawn);
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
