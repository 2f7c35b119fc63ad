using System.Text.Json;
using OzaBot.Testing.Cases;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Flows.Escalation;
using OzaBot.Conversations.Tests.Evaluation;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.Escalation;

public sealed class EscalationFlowTests
{
    private const string Question = "Doorzettingsmacht nodig voor financiering van begeleiding in onderwijstijd.";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_stagnating_case_is_registered_and_later_its_outcome_recorded()
    {
        var (assistant, c) = await StagnatingAsync();
        var chat = assistant.Chat();
        await assistant.Flow(chat)
            .Send("escaleren naar de actietafel " + c.Code)
            .AssertTextWithCard(
                text =>
                {
                    Assert.Contains("leerplichtambtenaar", text, StringComparison.Ordinal);
                    Assert.Contains("procesregisseur van de casus", text, StringComparison.Ordinal);
                    Assert.Contains("Voorbereiden", text, StringComparison.Ordinal);
                },
                card =>
            {
                var json = Unescape(card.GetRawText());
                Assert.Contains(GuidanceTexts.Dutch.ActietafelWhy, json, StringComparison.Ordinal);
                Assert.Contains("Initialen leerling: JB", json, StringComparison.Ordinal);
                Assert.DoesNotContain("${", json, StringComparison.Ordinal);
            })
            .Execute(EscalationFlow.SubmitVerb, Submit(c, "true"))
            .AssertReply(EscalationTexts.In(Language.Dutch).Submitted(c.Code))
            .AssertInvokeResponse(r =>
            {
                var json = Unescape(r!.Body!.Value.GetRawText());
                Assert.Contains(EscalationTexts.Dutch.SubmittedTitle, json, StringComparison.Ordinal);
                Assert.DoesNotContain("${", json, StringComparison.Ordinal);
            })
            .Send("escaleren")
            .AssertReplyContains("Is de tafel geweest")
            .Send("ja")
            .AssertReply(EscalationTexts.In(Language.Dutch).AskOutcome)
            .Send(new string('x', 201))
            .AssertReply(EscalationTexts.In(Language.Dutch).OutcomeTooLong)
            .Send("SWV financiert de begeleiding tot de zomer.")
            .AssertReply(EscalationTexts.In(Language.Dutch).Resolved)
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        var escalation = Assert.Single(saved.Escalations);
        Assert.Equal(EscalationLevel.Actietafel, escalation.Level);
        Assert.Equal(EscalationReason.Stagnatie, escalation.Reason);
        Assert.Equal(Question, escalation.Note);
        Assert.Equal("SWV financiert de begeleiding tot de zomer.", escalation.Outcome);
        Assert.Single(chat.Updated);
    }

    [Fact]
    public async Task Without_informed_parents_nothing_is_submitted_and_postponing_changes_nothing()
    {
        var (assistant, c) = await StagnatingAsync();
        await assistant.Flow()
            .Send("escaleren " + c.Code).AssertTextWithCard("Aan tafel")
            .Execute(EscalationFlow.SubmitVerb, Submit(c, "false"))
            .AssertInvokeResponse(r => Assert.Equal(EscalationTexts.In(Language.Dutch).ParentsFirst, r!.Body!.Value.GetProperty("value").GetProperty("message").GetString()))
            .Submit(new { verb = EscalationFlow.SubmitVerb, caseCode = c.Code, revision = c.Revision, question = Question })
            .AssertReply(EscalationTexts.In(Language.Dutch).ParentsFirst)
            .Execute(EscalationFlow.PostponeVerb, new { caseCode = c.Code, revision = c.Revision })
            .AssertReply(EscalationTexts.In(Language.Dutch).Postponed)
            .AssertInvokeResponse(r => Assert.Contains(EscalationTexts.Dutch.PostponedTitle, Unescape(r!.Body!.Value.GetRawText()), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Escalations);
    }

    [Fact]
    public async Task Stale_and_malformed_submits_apply_nothing()
    {
        var (assistant, c) = await StagnatingAsync();
        await assistant.Flow()
            .Execute(EscalationFlow.SubmitVerb, new Dictionary<string, object>(Submit(c, "true")) { ["revision"] = c.Revision - 1 })
            .AssertInvokeResponse(r =>
            {
                Assert.Contains("submitEscalation", r!.Body!.Value.GetRawText(), StringComparison.Ordinal);
                Assert.Contains(EscalationTexts.In(Language.Dutch).Stale, r.Body!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .Execute(EscalationFlow.SubmitVerb, new Dictionary<string, object>(Submit(c, "true")) { ["question"] = new string('x', 201) })
            .AssertInvokeResponse(r => Assert.Equal(400, r!.Body!.Value.GetProperty("statusCode").GetInt32()))
            .Submit(new { verb = EscalationFlow.SubmitVerb, caseCode = c.Code, revision = "abc", question = Question })
            .AssertReplyContains("Dat kon ik niet opslaan")
            .Submit(new Dictionary<string, object>(Submit(c, "true")) { ["verb"] = EscalationFlow.SubmitVerb, ["question"] = "BSN 111222333" })
            .AssertReply(RefusalText.Nl(Refusals.Bsn))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Escalations);
    }

    [Fact]
    public async Task Stop_while_recording_the_outcome_keeps_the_escalation_open()
    {
        var (assistant, c) = await StagnatingAsync();
        await assistant.Flow()
            .Send("escaleren " + c.Code).AssertTextWithCard("Aan tafel")
            .Execute(EscalationFlow.SubmitVerb, Submit(c, "true")).AssertReply(EscalationTexts.In(Language.Dutch).Submitted(c.Code))
            .Send("actietafel").AssertReplyContains("Is de tafel geweest")
            .Send("nee").AssertReply(EscalationTexts.In(Language.Dutch).PlanIt)
            .Send("escaleren").AssertReplyContains("Is de tafel geweest")
            .Send("ja").AssertReply(EscalationTexts.In(Language.Dutch).AskOutcome)
            .Send("stop").AssertReply(DialogTexts.Dutch.Cancelled)
            .StartTestAsync();

        Assert.True(Assert.Single((await TestCases.ReadAsync(assistant, c.Code)).Escalations).IsOpen);
    }

    [Fact]
    public async Task In_a_group_chat_one_asks_another_submits_and_no_initials_are_shown()
    {
        var (assistant, c) = await StagnatingAsync(TestCases.Group);
        await assistant.Flow(assistant.Chat(TestCases.Group, ConversationTypes.GroupChat))
            .As("29:user-1").Send("escaleren " + c.Code).AssertTextWithCard("Aan tafel", card => Assert.DoesNotContain("JB", card.GetRawText(), StringComparison.Ordinal))
            .As("29:user-2").Execute(EscalationFlow.SubmitVerb, Submit(c, "true"))
            .AssertReply(EscalationTexts.In(Language.Dutch).Submitted(c.Code))
            .StartTestAsync();

        Assert.Equal("aad-29:user-2", (await TestCases.ReadAsync(assistant, c.Code)).History[^1].UserId);
    }

    [Fact]
    public async Task Another_conversation_gets_niet_gevonden()
    {
        var (assistant, c) = await StagnatingAsync(TestCases.Group);
        await assistant.Flow(assistant.Chat("a:personal-other"))
            .As("29:stranger")
            .Send("escaleren " + c.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, c.Code))
            .Execute(EscalationFlow.SubmitVerb, Submit(c, "true"))
            .AssertReply(CaseAccessTexts.NotFound(Language.Dutch, c.Code))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Escalations);
    }

    [Fact]
    public async Task Before_an_OZO_was_held_escalating_says_to_discuss_it_in_the_OZO_first()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaBetrekken);
        assistant.Time.Advance(TimeSpan.FromDays(50));
        await assistant.Flow()
            .Send("escaleren " + c.Code).AssertReply(EscalationTexts.In(Language.Dutch).OzoFirst)
            .Send("wat nu?").AssertTextWithCard("De volgende stappen", card => Assert.DoesNotContain(GuidanceTexts.Dutch.ActietafelWhat, card.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Escalations);
    }

    /// <summary>A case in Betrekken whose OZO was held and then no progress for more than six weeks: the engine advises the Actietafel.</summary>
    private static async Task<(Assistant Assistant, Case Case)> StagnatingAsync(params string[] conversationIds)
    {
        var assistant = new Assistant();
        var opened = await TestCases.OzaAtAsync(assistant, StepIds.OzaBetrekken, conversationIds);
        var start = assistant.Time.GetUtcNow().AddHours(1);
        await assistant.Cases.UpdateAsync(Assistant.Key(opened.Code), s => s.Case.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.School, PartnerRole.Ouders], new Actor("aad-29:user-1", assistant.Time.GetUtcNow())).WithoutValue(), CancellationToken.None);
        assistant.Time.Advance(TimeSpan.FromHours(3));
        await assistant.Cases.UpdateAsync(Assistant.Key(opened.Code), s => s.Case.MarkMeetingHeld(s.Case.Meetings[0].Id, new Actor("aad-29:user-1", assistant.Time.GetUtcNow())), CancellationToken.None);
        assistant.Time.Advance(TimeSpan.FromDays(50));
        var c = await TestCases.ReadAsync(assistant, opened.Code);
        Assert.Contains(assistant.Services.GetService(typeof(NextStepEngine)) is NextStepEngine engine ? engine.Advise(c, assistant.Time) : [], a => a.Kind == AdviceKind.Stagnation);
        return (assistant, c);
    }

    private static Dictionary<string, object> Submit(Case c, string parentsInformed) => new()
    {
        ["caseCode"] = c.Code,
        ["revision"] = c.Revision,
        ["question"] = Question,
        ["parentsInformed"] = parentsInformed,
    };

    private static string Unescape(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize<JsonElement>(json), Relaxed);
}
