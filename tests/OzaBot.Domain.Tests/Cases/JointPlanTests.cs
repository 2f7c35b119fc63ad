using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Cases;
using static OzaBot.Domain.Tests.Cases.CaseFixture;

namespace OzaBot.Domain.Tests.Cases;

public sealed class JointPlanTests
{
    private static Case ReadyToAgree()
    {
        var c = OzaAt(StepIds.OzaOntwikkelen);
        Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        return c;
    }

    [Fact]
    public void Agreeing_keeps_the_plan_as_version_one_and_sets_the_first_evaluation()
    {
        var c = ReadyToAgree();
        var draft = PlanDrafts.Valid(Now.At) with { Doelen = ["  drie ochtenden per week op school ", " "], Doelstellingen = [OzaGoal.Versterken, OzaGoal.Opbouwen, OzaGoal.Versterken] };
        Ok(c.AgreeJointPlan(draft, Now));
        Assert.Equal([OzaGoal.Opbouwen, OzaGoal.Versterken], c.Goals);
        Assert.Equal(1, c.JointPlan!.Version);
        Assert.Equal(["drie ochtenden per week op school"], c.JointPlan.Content.Doelen);
        Assert.Equal(ConsentGiver.OudersEnLeerling, c.JointPlan.Content.AgreedBy);
        Assert.Equal(draft.FirstEvaluation, c.NextEvaluationAt);
        Assert.Equal(Now.At, c.PlanAgreedAt);
        Assert.Contains(c.History, h => h.What == "Gezamenlijk plan vastgesteld (versie 1)");
    }

    [Fact]
    public void An_incomplete_plan_is_refused_with_what_is_missing()
    {
        var c = ReadyToAgree();
        var valid = PlanDrafts.Valid(Now.At);
        Assert.Equal(Refusals.GoalsMissing, c.AgreeJointPlan(valid with { Doelstellingen = [] }, Now).Reason);
        Assert.Equal(Refusals.PlanSupportMissing, c.AgreeJointPlan(valid with { Support = [new PlanSupport(SupportAspect.Communicatie, " ", PartnerRole.School)] }, Now).Reason);
        Assert.Equal(Refusals.PlanDoelenMissing, c.AgreeJointPlan(valid with { Doelen = [] }, Now).Reason);
        Assert.Equal(Refusals.PeriodInvalid, c.AgreeJointPlan(valid with { Until = valid.From }, Now).Reason);
        Assert.Equal(Refusals.InPast, c.AgreeJointPlan(valid with { FirstEvaluation = Now.At.AddDays(-1) }, Now).Reason);
        Assert.Equal(Refusals.EvaluationAfterPeriod, c.AgreeJointPlan(valid with { FirstEvaluation = Now.At.AddYears(1) }, Now).Reason);
        Assert.Equal(Refusals.EvaluationRhythm, c.AgreeJointPlan(valid with { EvaluationEveryWeeks = 0 }, Now).Reason);
        Assert.Equal(Refusals.Bsn, c.AgreeJointPlan(valid with { FamilyView = "BSN 111222333" }, Now).Reason);
        Assert.Null(c.PlanAgreedAt);
        Assert.Empty(c.PlanVersions);
    }

    [Theory]
    [InlineData(EvaluationDecision.Bijstellen)]
    [InlineData(EvaluationDecision.Opschalen)]
    [InlineData(EvaluationDecision.Afschalen)]
    public void Bijstellen_opschalen_or_afschalen_reopens_the_plan_and_keeps_the_earlier_version(EvaluationDecision decision)
    {
        var c = OzaAt(StepIds.OzaActiveren);
        var next = T0.AddDays(120);
        Ok(c.RecordEvaluation(Catalogue, new EvaluationProgress(ProgressRating.Goed, ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.Goed), decision, next, Now));
        Assert.Null(c.PlanAgreedAt);
        Assert.Null(c.JointPlan);
        Assert.Single(c.PlanVersions);
        Ok(c.AgreeJointPlan(PlanDrafts.Valid(Now.At), Now));
        Assert.Equal(2, c.JointPlan!.Version);
        Assert.Equal(2, c.PlanVersions.Count);
    }

    [Fact]
    public void Doorgaan_keeps_the_plan()
    {
        var c = OzaAt(StepIds.OzaActiveren);
        Ok(c.RecordEvaluation(Catalogue, new EvaluationProgress(ProgressRating.Goed, ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.Goed), EvaluationDecision.Doorgaan, T0.AddDays(120), Now));
        Assert.NotNull(c.JointPlan);
    }
}
