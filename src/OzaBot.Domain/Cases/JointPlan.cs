using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>The five aspects the joint plan describes support for (procesafspraken: Gezamenlijk plan).</summary>
public enum SupportAspect
{
    Didactisch,
    SociaalEmotioneel,
    Communicatie,
    FysiekMedisch,
    ThuisEnOmgeving,
}

/// <summary>Support on one aspect: what (neutral words) and which role provides it.</summary>
public sealed record PlanSupport(SupportAspect Aspect, string What, PartnerRole Who);

/// <summary>
/// What the partners, ouders and leerling agree in the joint plan ("één kind, één gezin, één plan"):
/// the doelstellingen, support per aspect, concrete doelen under them, the period, how it is evaluated (first date and rhythm), whether
/// the pupil is meant to return to school, the family's view in one neutral line, and who of them agreed.
/// Never names: roles and neutral words only.
/// </summary>
public sealed record JointPlanDraft(
    IReadOnlyList<OzaGoal> Doelstellingen,
    IReadOnlyList<PlanSupport> Support,
    IReadOnlyList<string> Doelen,
    DateOnly From,
    DateOnly Until,
    DateTimeOffset FirstEvaluation,
    int EvaluationEveryWeeks,
    bool ReturnToSchool,
    string? FamilyView,
    ConsentGiver AgreedBy);

/// <summary>An agreed version of the joint plan; earlier versions stay in <see cref="Case.PlanVersions"/>.</summary>
public sealed record JointPlan(int Version, JointPlanDraft Content, DateTimeOffset AgreedAt, string AgreedByUserId);
