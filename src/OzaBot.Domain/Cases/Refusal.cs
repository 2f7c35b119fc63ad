using OzaBot.Domain.Privacy;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>
/// A refused change: its <see cref="Code"/> and what the explanation needs (a step, open items, roles, a number, a
/// kind of personal data, the pupil's age) as ids and values, never as text, so it can be said in any language.
/// </summary>
public sealed record Refusal(
    RefusalCode Code,
    string? StepId = null,
    IReadOnlyList<string>? ItemIds = null,
    IReadOnlyList<PartnerRole>? Roles = null,
    int Number = 0,
    PersonalDataKind? DataKind = null,
    PupilAge? Age = null)
{
    public bool Equals(Refusal? other) =>
        other is not null && Code == other.Code && StepId == other.StepId && Number == other.Number && DataKind == other.DataKind && Age == other.Age
        && (ItemIds ?? []).SequenceEqual(other.ItemIds ?? []) && (Roles ?? []).SequenceEqual(other.Roles ?? []);

    public override int GetHashCode() => HashCode.Combine(Code, StepId, Number, DataKind, Age);

    /// <summary>The code, for test failures and exceptions; a conversation says it with <see cref="RefusalTexts"/>.</summary>
    public override string ToString() => Code.ToString();
}

/// <summary>The refusals, by name, as the domain returns them.</summary>
public static class Refusals
{
    public static Refusal Closed { get; } = new(RefusalCode.Closed);

    public static Refusal AlreadyClosed { get; } = new(RefusalCode.AlreadyClosed);

    public static Refusal Bsn { get; } = new(RefusalCode.Bsn);

    public static Refusal Stale { get; } = new(RefusalCode.Stale);

    public static Refusal InitialsInvalid { get; } = new(RefusalCode.InitialsInvalid);

    public static Refusal UserMissing { get; } = new(RefusalCode.UserMissing);

    public static Refusal TextMissing { get; } = new(RefusalCode.TextMissing);

    public static Refusal TextTooLong { get; } = new(RefusalCode.TextTooLong);

    public static Refusal LastStep { get; } = new(RefusalCode.LastStep);

    public static Refusal OnlyOza { get; } = new(RefusalCode.OnlyOza);

    public static Refusal GoalsMissing { get; } = new(RefusalCode.GoalsMissing);

    public static Refusal SupportLevelMissing { get; } = new(RefusalCode.SupportLevelMissing);

    public static Refusal PlanNotYet { get; } = new(RefusalCode.PlanNotYet);

    public static Refusal PlanSupportMissing { get; } = new(RefusalCode.PlanSupportMissing);

    public static Refusal PlanDoelenMissing { get; } = new(RefusalCode.PlanDoelenMissing);

    public static Refusal EvaluationAfterPeriod { get; } = new(RefusalCode.EvaluationAfterPeriod);

    public static Refusal EvaluationRhythm { get; } = new(RefusalCode.EvaluationRhythm);

    public static Refusal PlanMissing { get; } = new(RefusalCode.PlanMissing);

    public static Refusal NoProcesregisseur { get; } = new(RefusalCode.NoProcesregisseur);

    public static Refusal SecondProcesregisseur { get; } = new(RefusalCode.SecondProcesregisseur);

    public static Refusal RemoveProcesregisseur { get; } = new(RefusalCode.RemoveProcesregisseur);

    public static Refusal NoFirstEvaluation { get; } = new(RefusalCode.NoFirstEvaluation);

    public static Refusal InPast { get; } = new(RefusalCode.InPast);

    public static Refusal EndBeforeStart { get; } = new(RefusalCode.EndBeforeStart);

    public static Refusal NoAttendees { get; } = new(RefusalCode.NoAttendees);

    public static Refusal OzoNeedsSchool { get; } = new(RefusalCode.OzoNeedsSchool);

    public static Refusal OzoOnlyOza { get; } = new(RefusalCode.OzoOnlyOza);

    public static Refusal ProjectgroepOnlyZio { get; } = new(RefusalCode.ProjectgroepOnlyZio);

    public static Refusal EvaluationTooEarly { get; } = new(RefusalCode.EvaluationTooEarly);

    public static Refusal NextEvaluationMissing { get; } = new(RefusalCode.NextEvaluationMissing);

    public static Refusal FinalEvaluationCloses { get; } = new(RefusalCode.FinalEvaluationCloses);

    public static Refusal ScoreRange { get; } = new(RefusalCode.ScoreRange);

    public static Refusal AlreadySpecialistisch { get; } = new(RefusalCode.AlreadySpecialistisch);

    public static Refusal AlreadyBasis { get; } = new(RefusalCode.AlreadyBasis);

    public static Refusal BeschikkingBeforePlan { get; } = new(RefusalCode.BeschikkingBeforePlan);

    public static Refusal PeriodInvalid { get; } = new(RefusalCode.PeriodInvalid);

    public static Refusal EscalationOpen { get; } = new(RefusalCode.EscalationOpen);

    public static Refusal EscalationResolved { get; } = new(RefusalCode.EscalationResolved);

    public static Refusal ConsentWithdrawn { get; } = new(RefusalCode.ConsentWithdrawn);

    public static Refusal ConsentCategoriesMissing { get; } = new(RefusalCode.ConsentCategoriesMissing);

    public static Refusal NotFound { get; } = new(RefusalCode.NotFound);

    public static Refusal ActionNotOpen { get; } = new(RefusalCode.ActionNotOpen);

    public static Refusal MeetingNotPlanned { get; } = new(RefusalCode.MeetingNotPlanned);

    public static Refusal MeetingNotStarted { get; } = new(RefusalCode.MeetingNotStarted);

    public static Refusal UnknownChecklistItem { get; } = new(RefusalCode.UnknownChecklistItem);

    public static Refusal FinancingIncomplete { get; } = new(RefusalCode.FinancingIncomplete);

    public static Refusal NoBlock { get; } = new(RefusalCode.NoBlock);

    /// <summary>Personal data in a free text; a BSN is always the one <see cref="Bsn"/> refusal.</summary>
    public static Refusal PersonalData(PersonalDataKind kind) => kind == PersonalDataKind.Bsn ? Bsn : new(RefusalCode.PersonalData, DataKind: kind);

    public static Refusal ChecklistOpen(string stepId, IEnumerable<string> itemIds) => new(RefusalCode.ChecklistOpen, stepId, [.. itemIds]);

    public static Refusal FutureStep(string stepId) => new(RefusalCode.FutureStep, stepId);

    public static Refusal ConsentWrongGiver(PupilAge age) => new(RefusalCode.ConsentWrongGiver, Age: age);

    public static Refusal NoConsent(IEnumerable<PartnerRole> roles) => new(RefusalCode.NoConsent, Roles: [.. roles]);

    public static Refusal TooManyBlocks(int max) => new(RefusalCode.TooManyBlocks, Number: max);

    public static Refusal UnknownBlock(int count) => new(RefusalCode.UnknownBlock, Number: count);
}
