using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Testing.Cases;

/// <summary>A complete joint plan, as the partners would agree it, for tests that need an agreed plan.</summary>
public static class PlanDrafts
{
    public static JointPlanDraft Valid(DateTimeOffset now) => new(
        [OzaGoal.Terugleiden],
        [new PlanSupport(SupportAspect.Didactisch, "lesprogramma in kleine stappen", PartnerRole.School),
         new PlanSupport(SupportAspect.SociaalEmotioneel, "wekelijkse begeleiding", PartnerRole.Zorgaanbieder)],
        ["drie ochtenden per week op school"],
        DateOnly.FromDateTime(now.UtcDateTime),
        DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6),
        now.AddDays(42),
        EvaluationEveryWeeks: 8,
        ReturnToSchool: true,
        FamilyView: "ouders willen een rustige start",
        AgreedBy: ConsentGiver.OudersEnLeerling);
}
