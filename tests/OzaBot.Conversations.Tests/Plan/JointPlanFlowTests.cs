using System.Globalization;
using OzaBot.Testing.Cases;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Tests.Evaluation;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.Plan;

public sealed class JointPlanFlowTests
{
    [Fact]
    public async Task Without_a_procesregisseur_it_says_how_to_add_one_instead_of_showing_the_form()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaOntwikkelen);
        await assistant.Flow()
            .Send("plan vaststellen " + c.Code)
            .AssertReply(RefusalText.Nl(Refusals.NoProcesregisseur) + " Typ bijvoorbeeld **voeg @collega toe als procesregisseur** of **partner toevoegen**.")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_form_agrees_the_plan_sets_the_first_evaluation_and_posts_the_plan_card()
    {
        var assistant = new Assistant();
        var c = await WithProcesregisseurAsync(assistant);
        await assistant.Flow()
            .Send("stel het plan vast " + c.Code)
            .AssertReplyWithCard(JointPlanTexts.Dutch.Intro, card =>
            {
                var json = card.GetRawText();
                Assert.Contains("support-Didactisch", json, StringComparison.Ordinal);
                Assert.Contains("Akkoord gegeven door", json, StringComparison.Ordinal);
                Assert.DoesNotContain("${", json, StringComparison.Ordinal);
            })
            .Execute(JointPlanFlow.AgreeVerb, Form(c.Code, c.Revision + 1))
            .AssertInvokeResponse(r => Assert.Equal(200, r!.Status))
            .AssertTextWithCard("vastgesteld (versie 1). Eerste evaluatie: di 5 jan 2027", card =>
            {
                var json = card.GetRawText();
                Assert.Contains("versie 1, vastgesteld", json, StringComparison.Ordinal);
                Assert.Contains("Instructie in een kleine groep", json, StringComparison.Ordinal);
                Assert.Contains("Drie ochtenden per week in de klas", json, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        var plan = saved.JointPlan!;
        Assert.Equal([new PlanSupport(SupportAspect.Didactisch, "Instructie in een kleine groep", PartnerRole.School)], plan.Content.Support);
        Assert.Equal([OzaGoal.Terugleiden, OzaGoal.Opbouwen], saved.Goals);
        Assert.Equal(ConsentGiver.Ouders, plan.Content.AgreedBy);
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.FromHours(1)), saved.NextEvaluationAt);
    }

    [Fact]
    public async Task Plan_wijzigen_opens_the_agreed_plan_and_saving_it_makes_version_2_with_other_doelstellingen()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaArrangeren);
        var form = Form(c.Code, c.Revision);
        form["doelstellingen"] = "verrijken";
        await assistant.Flow()
            .Send("plan wijzigen " + c.Code)
            .AssertReplyWithCard(JointPlanTexts.Dutch.RevisionIntro(2), card => Assert.Contains("versie 2", card.GetRawText(), StringComparison.Ordinal))
            .Execute(JointPlanFlow.AgreeVerb, form)
            .AssertInvokeResponse(r => Assert.Equal(200, r!.Status))
            .AssertTextWithCard("bijgewerkt (versie 2). Volgende evaluatie: di 5 jan 2027", card => Assert.Contains("versie 2, vastgesteld", card.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        Assert.Equal([1, 2], saved.PlanVersions.Select(v => v.Version));
        Assert.Equal([OzaGoal.Verrijken], saved.Goals);
        Assert.Equal(StepIds.OzaArrangeren, saved.CurrentStepId);
    }

    [Fact]
    public async Task An_incomplete_form_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var assistant = new Assistant();
        var c = await WithProcesregisseurAsync(assistant);
        var form = Form(c.Code, c.Revision + 1);
        form["support-Didactisch"] = "";
        await assistant.Flow()
            .Execute(JointPlanFlow.AgreeVerb, form)
            .AssertReplyContains(RefusalText.Nl(Refusals.PlanSupportMissing))
            .StartTestAsync();

        Assert.Null((await TestCases.ReadAsync(assistant, c.Code)).JointPlan);
    }

    [Fact]
    public async Task Financing_is_recorded_in_the_financers_own_words_and_a_beschikking_waits_for_the_plan()
    {
        var assistant = new Assistant();
        var c = await WithProcesregisseurAsync(assistant);
        var save = new Dictionary<string, object>
        {
            ["caseCode"] = c.Code, ["revision"] = Str(c.Revision + 1), ["financer"] = "Gemeente",
            ["what"] = "Begeleiding in de klas", ["from"] = "2026-12-01", ["until"] = "2027-06-30",
        };
        await assistant.Flow()
            .Send("wie betaalt wat " + c.Code)
            .AssertTextWithCard("Breng eerst de financieringsmogelijkheden in kaart", card => Assert.Contains("Financiering opslaan", card.GetRawText(), StringComparison.Ordinal))
            .Execute(FinancingFlow.SaveVerb, save)
            .AssertInvokeResponse(r => Assert.Equal(200, r!.Status))
            .AssertReplyContains("Financiering van " + c.Code + " opgeslagen")
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        var f = Assert.Single(saved.Financing);
        Assert.Equal("beschikking nog aanvragen", FinancingTexts.In(Domain.Vocabulary.Language.Dutch).StatusName(f.Financer, f.Beschikking));
        var early = new Dictionary<string, object> { ["caseCode"] = c.Code, ["revision"] = Str(saved.Revision), ["financer"] = "Gemeente", ["from"] = "2026-12-01", ["status-" + f.Id] = "Aangevraagd" };
        await assistant.Flow()
            .Execute(FinancingFlow.SaveVerb, early)
            .AssertReplyContains(RefusalText.Nl(Refusals.BeschikkingBeforePlan))
            .StartTestAsync();
        Assert.Equal(BeschikkingStatus.NogAanvragen, Assert.Single((await TestCases.ReadAsync(assistant, c.Code)).Financing).Beschikking);
    }

    [Fact]
    public async Task After_opschalen_wat_nu_asks_to_review_the_financing_and_saving_the_financing_card_does_so()
    {
        var assistant = new Assistant();
        var opened = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        var actor = new Actor(CaseManagement.TestCases.DefaultUserId, assistant.Time.GetUtcNow());
        await assistant.Cases.UpdateAsync(Assistant.Key(opened.Code), s => s.Case.RecordEvaluation(ProcessCatalogue.Default, new EvaluationProgress(ProgressRating.Goed, ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.KanBeter), EvaluationDecision.Opschalen, actor.At.AddDays(30), actor).IsRefused ? DomainResult.Refused(Refusals.NotFound) : DomainResult.Ok, CancellationToken.None);
        var c = await TestCases.ReadAsync(assistant, opened.Code);

        await assistant.Flow()
            .Send("wat nu? " + c.Code)
            .AssertTextWithCard("De volgende stappen", card => Assert.Contains(GuidanceTexts.Dutch.ReviewFinancingWhat, card.GetRawText(), StringComparison.Ordinal))
            .Execute(FinancingFlow.SaveVerb, new Dictionary<string, object> { ["caseCode"] = c.Code, ["revision"] = Str(c.Revision), ["financer"] = "Gemeente", ["from"] = "2026-12-01" })
            .AssertInvokeResponse(r => Assert.Equal(200, r!.Status))
            .StartTestAsync();

        Assert.False((await TestCases.ReadAsync(assistant, c.Code)).FinancingReviewDue);
    }

    private static async Task<Case> WithProcesregisseurAsync(Assistant assistant)
    {
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaOntwikkelen);
        await assistant.Cases.UpdateAsync(Assistant.Key(c.Code), s => s.Case.AddPartner(PartnerRole.Procesregisseur, "gebiedsteam", null, new Actor("aad-29:user-1", assistant.Time.GetUtcNow())).IsOk ? DomainResult.Ok : DomainResult.Refused(Refusals.NotFound), CancellationToken.None);
        return c;
    }

    private static Dictionary<string, object> Form(string code, int revision) => new()
    {
        ["caseCode"] = code,
        ["revision"] = Str(revision),
        ["doelstellingen"] = "terugleiden,opbouwen",
        ["doelen"] = "Drie ochtenden per week in de klas\nZelf hulp vragen bij de mentor",
        ["support-Didactisch"] = "Instructie in een kleine groep",
        ["who-Didactisch"] = "School",
        ["support-SociaalEmotioneel"] = "",
        ["who-SociaalEmotioneel"] = "Zorgaanbieder",
        ["support-Communicatie"] = "",
        ["who-Communicatie"] = "School",
        ["support-FysiekMedisch"] = "",
        ["who-FysiekMedisch"] = "Zorgaanbieder",
        ["support-ThuisEnOmgeving"] = "",
        ["who-ThuisEnOmgeving"] = "Gebiedsteam",
        ["from"] = "2026-11-23",
        ["until"] = "2027-05-31",
        ["firstEvaluation"] = "2027-01-05",
        ["rhythm"] = "8",
        ["returnToSchool"] = "true",
        ["familyView"] = "willen een rustige start",
        ["agreedBy"] = "Ouders",
    };

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
