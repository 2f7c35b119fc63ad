using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>The status of one checklist item in a case.</summary>
public sealed record ChecklistEntry(string ItemId, ChecklistStatus Status, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary>A partner in the case, known by role and an optional neutral label ("gebiedsteam Noord"), never a name.</summary>
public sealed record Partner(string Id, PartnerRole Role, string? Label, string? UserId, DateTimeOffset AddedAt);

/// <summary>An agreed action: what (neutral words), which role owns it, by when.</summary>
public sealed record CaseAction(
    string Id,
    string Description,
    PartnerRole Owner,
    DateTimeOffset? Due,
    ActionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt = null,
    int PostponedCount = 0);

/// <summary>A meeting; <see cref="CalendarReference"/> is the calendar's own id (Graph event id, .ics UID).</summary>
public sealed record Meeting(
    string Id,
    MeetingKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<PartnerRole> Attendees,
    MeetingStatus Status,
    string? CalendarReference = null);

/// <summary>Who finances what, for which period, and where the beschikking stands.</summary>
public sealed record FinancingAgreement(
    string Id,
    Financer Financer,
    string What,
    DateOnly From,
    DateOnly? Until,
    BeschikkingStatus Beschikking);

/// <summary>
/// The outcome of the arrangement, recorded at the eindevaluatie ("aan het eind van het oza-traject bespreken ze
/// de outcome", handreiking 6): uitval, tevredenheid (1–5 per party, the scale of the card and the texts), doelrealisatie.
/// </summary>
public sealed record OutcomeScores(
    bool Uitval,
    GoalAttainment Doelrealisatie,
    int? TevredenheidOuders = null,
    int? TevredenheidLeerling = null,
    int? TevredenheidSchool = null);

/// <summary>How far one concrete doel of the joint plan was reached at an evaluation.</summary>
public sealed record DoelResult(string Doel, GoalAttainment Result);

/// <summary>
/// Progress at a tussenevaluatie on the four questions of NJi stap 5: uitvoering, efficiëntie, doelen and
/// aansluiting op de ondersteuningsbehoefte.
/// </summary>
public sealed record EvaluationProgress(ProgressRating Uitvoering, ProgressRating Efficientie, ProgressRating Doelen, ProgressRating Aansluiting);

/// <summary>
/// An evaluation. A tussenevaluatie holds <see cref="Progress"/> and a decision to go on (doorgaan, bijstellen,
/// op- or afschalen); the eindevaluatie holds the outcome <see cref="Scores"/> and closes the arrangement
/// (decision afsluiten). Both hold the result per doel of the plan when it has doelen, and the toelichting.
/// </summary>
public sealed record Evaluation(
    string Id,
    DateTimeOffset HeldAt,
    OutcomeScores? Scores,
    EvaluationDecision Decision,
    DateTimeOffset? NextEvaluationAt,
    IReadOnlyList<DoelResult>? PerDoel = null,
    string? Toelichting = null,
    EvaluationProgress? Progress = null)
{
    public bool IsFinal => Decision == EvaluationDecision.Afsluiten;
}

public sealed record Escalation(
    string Id,
    EscalationLevel Level,
    EscalationReason Reason,
    string? Note,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ResolvedAt = null,
    string? Outcome = null)
{
    public bool IsOpen => ResolvedAt is null;
}

/// <summary>A note on a step of the process (neutral words, no names or diagnoses), kept with the case.</summary>
public sealed record StepNote(string StepId, string Text, DateTimeOffset At, string UserId);

/// <summary>One append-only history line: who (opaque user id), what, when.</summary>
public sealed record HistoryEntry(DateTimeOffset At, string UserId, string What);
