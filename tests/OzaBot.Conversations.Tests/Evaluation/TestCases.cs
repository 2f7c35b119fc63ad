using OzaBot.Testing.Cases;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.Evaluation;

/// <summary>Cases for the evaluation, gesprekskader and escalation tests, built through the real transitions.</summary>
internal static class TestCases
{
    public const string Personal = "a:personal-1";
    public const string Group = "19:group@thread.v2";

    public static ProcessCatalogue Catalogue => ProcessCatalogue.Default;

    /// <summary>An OZA case walked to <paramref name="stepId"/> a few weeks ago, linked to <paramref name="conversationIds"/>.</summary>
    public static async Task<Case> OzaAtAsync(Assistant assistant, string stepId, params string[] conversationIds)
    {
        var actor = new Actor("aad-29:user-1", assistant.Time.GetUtcNow().AddDays(-14));
        var c = Ok(Case.Open(Catalogue, Track.OzaIndividueel, "JB", actor));
        while (c.CurrentStepId != stepId)
        {
            foreach (var item in c.OpenChecklistItems(Catalogue))
            {
                Ok(c.SetChecklistItem(Catalogue, item.Id, ChecklistStatus.Gedaan, actor));
            }

            switch (c.CurrentStepId)
            {
                case StepIds.OzaVerkennen:
                    Ok(c.ChooseSupportLevel(SupportLevel.Aanvullend, actor));
                    break;
                case StepIds.OzaOntwikkelen:
                    Ok(c.AddPartner(PartnerRole.Procesregisseur, "regisseur gebiedsteam", null, actor));
                    Ok(c.ChooseGoals([OzaGoal.Terugleiden, OzaGoal.Opbouwen], actor));
                    Ok(c.AgreeJointPlan(PlanDrafts.Valid(actor.At) with { Doelstellingen = [OzaGoal.Terugleiden, OzaGoal.Opbouwen], EvaluationEveryWeeks = 6 }, actor));
                    break;
                case StepIds.OzaArrangeren:
                    Ok(c.ScheduleNextEvaluation(actor.At.AddDays(10), actor));
                    break;
            }

            Ok(c.AdvanceStep(Catalogue, actor));
        }

        var meta = new CaseMeta { TenantId = "tenant-1" };
        meta.ConversationIds.AddRange(conversationIds.Length == 0 ? [Personal] : conversationIds);
        await assistant.Cases.CreateAsync(c, meta, attempt: null, CancellationToken.None);
        return c;
    }

    public static async Task<Case> ReadAsync(Assistant assistant, string code) =>
        (await assistant.Cases.GetAsync(Assistant.Key(code), CancellationToken.None))!.Case;

    private static T Ok<T>(DomainResult<T> result)
    {
        Assert.True(result.IsOk, result.Reason?.ToString());
        return result.Value!;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsOk, result.Reason?.ToString());
}
