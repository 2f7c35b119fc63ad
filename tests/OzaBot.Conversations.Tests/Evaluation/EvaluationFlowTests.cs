using OzaBot.BotFramework.Dialogs;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Cases;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Tests.Evaluation;

public sealed class EvaluationFlowTests
{
    // Monday 23 Nov 2026 + 6 weeks, 09:00 in Amsterdam.
    private static readonly DateTimeOffset SixWeeks = new(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task A_tussenevaluatie_card_records_progress_per_doel_and_the_decision_and_the_next_date_is_confirmed()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        var chat = assistant.Chat();
        await assistant.Flow(chat)
            .Send("evaluatie " + c.Code)
            .AssertReply(reply =>
            {
                Assert.Contains("Uitvoering: Hoe verloopt de uitvoering?", reply.Text, StringComparison.Ordinal);
                Assert.Contains("**tussenevaluatie**", reply.Text, StringComparison.Ordinal);
            })
            .Send("tussenevaluatie")
            .AssertTextWithCard(EvaluationTexts.In(Language.Dutch).CardOrText(false), card =>
            {
                var json = card.GetRawText();
                Assert.Contains("progress-uitvoering", json, StringComparison.Ordinal);
                Assert.Contains("goal-d1", json, StringComparison.Ordinal); // per concrete doel of the agreed plan
                Assert.Contains("drie ochtenden per week op school", json, StringComparison.Ordinal);
                Assert.Contains("Initialen leerling: JB", json, StringComparison.Ordinal);
                Assert.DoesNotContain("afsluiten", json, StringComparison.Ordinal);
                Assert.DoesNotContain("${", json, StringComparison.Ordinal);
            })
            .AssertReplyContains("(1/4) **Uitvoering**")
            .Execute(EvaluationFlow.SaveVerb, new Dictionary<string, object>(Progress(c.Code, c.Revision))
            {
                ["goal-d1"] = "deels",
                ["note"] = "Twee van de drie ochtenden lukten; de start was rustig.",
            })
            .AssertInvokeResponse(r => Assert.Equal(200, r!.Body!.Value.GetProperty("statusCode").GetInt32()))
            .AssertReply(EvaluationTexts.In(Language.Dutch).Recorded(EvaluationDecision.Doorgaan))
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).ConfirmNextDate("ma 4 jan 2027", 6))
            .Send("ja")
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).NextPlanned("ma 4 jan 2027"))
            .Send("wat is het weer")
            .AssertReplyContains("Probeer **wat nu?**")
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        var evaluation = Assert.Single(saved.Evaluations);
        Assert.Equal(new EvaluationProgress(ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.Goed, ProgressRating.Zorgelijk), evaluation.Progress);
        Assert.Null(evaluation.Scores); // the outcome belongs to the eindevaluatie
        Assert.Equal(EvaluationDecision.Doorgaan, evaluation.Decision);
        Assert.Equal([new DoelResult("drie ochtenden per week op school", GoalAttainment.Gedeeltelijk)], evaluation.PerDoel);
        Assert.Equal("Twee van de drie ochtenden lukten; de start was rustig.", evaluation.Toelichting);
        Assert.Equal(SixWeeks, saved.NextEvaluationAt);
        Assert.Single(chat.Updated);
    }

    [Fact]
    public async Task On_a_phone_the_tussenevaluatie_is_four_taps_and_a_decision_and_another_date_can_be_chosen()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Send("evaluatie " + c.Code)
            .AssertReplyContains("Bespreek samen")
            .Send("tussen")
            .AssertTextWithCard(EvaluationTexts.In(Language.Dutch).CardOrText(false))
            .AssertReplyContains("(1/4) **Uitvoering**")
            .Send("goed").AssertReplyContains("(2/4) **Efficiëntie**")
            .Send("weet niet").AssertReplyContains("(2/4) **Efficiëntie**")
            .Send("kan beter").AssertReplyContains("(3/4) **Doelen**")
            .Send("goed").AssertReplyContains("(4/4) **Aansluiting**")
            .Send("zorgelijk").AssertReply(reply =>
            {
                Assert.Contains("Bijstellen: Het plan wordt aangepast", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Afsluiten", reply.Text, StringComparison.Ordinal);
            })
            .Send("bijstelen")
            .AssertReply(EvaluationTexts.In(Language.Dutch).Recorded(EvaluationDecision.Bijstellen))
            .AssertReplyContains("ma 4 jan 2027")
            .Send("nee")
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskOtherDate)
            .Send("vandaag")
            .AssertReply(EvaluationTexts.In(Language.Dutch).DateInPast)
            .Send("12 januari")
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).NextPlanned("di 12 jan 2027"))
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        Assert.Equal(new EvaluationProgress(ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.Goed, ProgressRating.Zorgelijk), saved.Evaluations.Single().Progress);
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.FromHours(1)), saved.NextEvaluationAt);
    }

    [Fact]
    public async Task The_eindevaluatie_records_the_outcome_and_closes_the_case_without_asking_for_a_next_date()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Send("eindevaluatie " + c.Code)
            .AssertTextWithCard(EvaluationTexts.In(Language.Dutch).CardOrText(true), card =>
            {
                var json = card.GetRawText();
                Assert.Contains("tevredenheid-ouders", json, StringComparison.Ordinal);
                Assert.Contains("niet volgens plan afgerond", json, StringComparison.Ordinal);
                Assert.Contains(EvaluationFlow.SaveFinalVerb, json, StringComparison.Ordinal);
            })
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskGoals)
            .Send("bereikt").AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskUitval)
            .Send("nee").AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskSatisfaction)
            .Send("4 ? 5")
            .AssertReply(EvaluationTexts.In(Language.Dutch).Recorded(EvaluationDecision.Afsluiten))
            .AssertReplyContains("De casus is nu afgesloten. Alles van deze casus wordt op ")
            .AssertNoReply()
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        Assert.True(saved.IsClosed);
        Assert.Equal(new OutcomeScores(false, GoalAttainment.Bereikt, 4, null, 5), saved.Evaluations.Single().Scores);
    }

    [Fact]
    public async Task The_eindevaluatie_card_records_the_outcome_per_doel_and_closes_the_case()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Send("evaluatie " + c.Code).AssertReplyContains("Bespreek samen")
            .Send("eindevaluatie").AssertTextWithCard(EvaluationTexts.In(Language.Dutch).CardOrText(true))
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskGoals)
            .Execute(EvaluationFlow.SaveFinalVerb, Outcome(c.Code, c.Revision))
            .AssertInvokeResponse(r => Assert.Equal(200, r!.Body!.Value.GetProperty("statusCode").GetInt32()))
            .AssertReply(EvaluationTexts.In(Language.Dutch).Recorded(EvaluationDecision.Afsluiten))
            .AssertReplyContains("De casus is nu afgesloten.")
            .Send("bereikt").AssertReplyContains("Probeer **wat nu?**") // the text questions ended with the card
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        var evaluation = Assert.Single(saved.Evaluations);
        Assert.Equal(new OutcomeScores(false, GoalAttainment.Gedeeltelijk, 4, null, 5), evaluation.Scores);
        Assert.Equal([new DoelResult("drie ochtenden per week op school", GoalAttainment.Gedeeltelijk)], evaluation.PerDoel);
        Assert.True(saved.IsClosed);
    }

    [Fact]
    public async Task Stop_half_way_records_nothing()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Send("evalueren " + c.Code).AssertReplyContains("Bespreek")
            .Send("help").AssertReplyContains("tussenevaluatie legt de voortgang vast")
            .AssertReplyContains("Bespreek")
            .Send("eind").AssertTextWithCard(EvaluationTexts.In(Language.Dutch).CardOrText(true)).AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskGoals)
            .Send("help").AssertReplyContains(EvaluationTexts.In(Language.Dutch).GoalsHelp)
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskGoals)
            .Send("niet bereikt").AssertReplyContains(EvaluationTexts.In(Language.Dutch).AskUitval)
            .Send("stop").AssertReply(DialogTexts.Dutch.Cancelled)
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Evaluations);
    }

    [Fact]
    public async Task Before_Activeren_evaluating_is_explained_not_started()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaBetrekken);
        await assistant.Flow()
            .Send("evaluatie " + c.Code)
            .AssertReply(EvaluationTexts.In(Language.Dutch).TooEarly)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stale_card_applies_nothing_and_shows_the_current_card()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Execute(EvaluationFlow.SaveVerb, Progress(c.Code, c.Revision - 1))
            .AssertInvokeResponse(r =>
            {
                var body = r!.Body!.Value;
                Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
                Assert.Contains(EvaluationTexts.In(Language.Dutch).Stale, body.GetRawText(), StringComparison.Ordinal);
                Assert.Contains($"\"revision\":{c.Revision}", body.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            })
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Evaluations);
    }

    [Fact]
    public async Task A_malformed_submit_is_refused_with_a_Dutch_reason()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Execute(EvaluationFlow.SaveFinalVerb, new { caseCode = c.Code, revision = c.Revision, uitval = "misschien", hack = "x" })
            .AssertInvokeResponse(r =>
            {
                var body = r!.Body!.Value;
                Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
                Assert.Contains("Uitval", body.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
            })
            .Submit(new { verb = EvaluationFlow.SaveFinalVerb, caseCode = c.Code, revision = c.Revision, uitval = "nee" })
            .AssertReply(EvaluationTexts.In(Language.Dutch).GoalsMissing)
            .Submit(new { verb = EvaluationFlow.SaveFinalVerb, caseCode = c.Code, revision = c.Revision, uitval = "nee", note = "BSN 111222333", goal_terugleiden = "bereikt" })
            .AssertReplyContains("Dat kon ik niet opslaan")
            .Submit(new Dictionary<string, object>(Progress(c.Code, c.Revision)) { ["verb"] = EvaluationFlow.SaveVerb, ["decision"] = "afsluiten" })
            .AssertReply(RefusalText.Nl(Refusals.FinalEvaluationCloses))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Evaluations);
    }

    [Fact]
    public async Task A_note_with_a_BSN_is_refused()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        var data = Progress(c.Code, c.Revision);
        data["note"] = "leerling 111222333";
        await assistant.Flow()
            .Submit(new Dictionary<string, object>(data) { ["verb"] = EvaluationFlow.SaveVerb })
            .AssertReply(EvaluationTexts.In(Language.Dutch).Bsn)
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Evaluations);
    }

    [Fact]
    public async Task In_a_group_chat_one_user_starts_and_another_saves_the_card()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren, TestCases.Group);
        var chat = assistant.Chat(TestCases.Group, ConversationTypes.GroupChat);
        await assistant.Flow(chat)
            .As("29:user-1").Send("evaluatie " + c.Code)
            .AssertReplyContains("Bespreek")
            .As("29:user-2").Send("tussenevaluatie")
            .AssertTextWithCard(EvaluationTexts.In(Language.Dutch).CardOrText(false), card => Assert.DoesNotContain("JB", card.GetRawText(), StringComparison.Ordinal))
            .AssertReplyContains("(1/4)")
            .As("29:user-2").Execute(EvaluationFlow.SaveVerb, Progress(c.Code, c.Revision))
            .AssertReply(EvaluationTexts.In(Language.Dutch).Recorded(EvaluationDecision.Doorgaan))
            .AssertReplyContains("ma 4 jan 2027")
            .As("29:user-1").Send("ja")
            .AssertReplyContains(EvaluationTexts.In(Language.Dutch).NextPlanned("ma 4 jan 2027"))
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        Assert.Single(saved.Evaluations);
        Assert.Equal("aad-29:user-2", saved.History[^1].UserId);
    }

    [Fact]
    public async Task Another_conversation_gets_niet_gevonden_for_text_and_card()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren, TestCases.Group);
        await assistant.Flow(assistant.Chat("a:personal-other"))
            .As("29:stranger")
            .Send("evaluatie " + c.Code)
            .AssertReply(CaseAccessTexts.NotFound(Language.Dutch, c.Code))
            .Execute(EvaluationFlow.SaveVerb, Progress(c.Code, c.Revision))
            .AssertReply(CaseAccessTexts.NotFound(Language.Dutch, c.Code))
            .AssertInvokeResponse(r => Assert.Equal(404, r!.Body!.Value.GetProperty("statusCode").GetInt32()))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Evaluations);
    }

    [Fact]
    public async Task The_plan_cards_start_button_starts_the_evaluation()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        await assistant.Flow()
            .Execute(EvaluationFlow.StartVerb, new { caseCode = c.Code, revision = c.Revision })
            .AssertInvokeResponse(r => Assert.Equal(EvaluationTexts.In(Language.Dutch).Starting, r!.Body!.Value.GetProperty("value").GetString()))
            .AssertReplyContains("Is dit een **tussenevaluatie**")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_English_user_gets_English_questions()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaActiveren);
        var chat = assistant.Chat();
        chat.Locale = "en-GB";
        await assistant.Flow(chat)
            .Send("english").AssertReplyContains("From now on I answer in English")
            .Send("evaluate " + c.Code)
            .AssertReplyContains("**interim evaluation**")
            .Send("interim")
            .AssertTextWithCard(EvaluationTexts.In(Language.English).CardOrText(false))
            .AssertReplyContains("(1/4)")
            .Send("good").AssertReplyContains("(2/4)")
            .Send("could be better").AssertReplyContains("(3/4)")
            .Send("good").AssertReplyContains("(4/4)")
            .Send("worrying")
            .AssertReplyContains("**Decision**")
            .Send("doorgaan")
            .AssertReply(EvaluationTexts.In(Language.English).Recorded(EvaluationDecision.Doorgaan))
            .AssertReplyContains("Is that right?")
            .StartTestAsync();
    }

    private static Dictionary<string, object> Progress(string code, int revision) => new()
    {
        ["caseCode"] = code,
        ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["evaluationId"] = "e1",
        ["progress-uitvoering"] = "goed",
        ["progress-efficientie"] = "kanbeter",
        ["progress-doelen"] = "goed",
        ["progress-aansluiting"] = "zorgelijk",
        ["goal-d1"] = "deels",
        ["decision"] = "doorgaan",
        ["note"] = "",
    };

    private static Dictionary<string, object> Outcome(string code, int revision) => new()
    {
        ["caseCode"] = code,
        ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["evaluationId"] = "e1",
        ["goal-d1"] = "deels",
        ["uitval"] = "nee",
        ["tevredenheid-ouders"] = "4",
        ["tevredenheid-leerling"] = "onbekend",
        ["tevredenheid-school"] = "5",
        ["note"] = "",
    };
}
