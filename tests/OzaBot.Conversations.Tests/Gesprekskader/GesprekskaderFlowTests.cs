using System.Text.Json;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Cases;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Gesprekskader;
using OzaBot.Conversations.Tests.Evaluation;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Tests.Gesprekskader;

public sealed class GesprekskaderFlowTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ConversationFramework Framework => ProcessCatalogue.Default.ConversationFramework;

    [Fact]
    public async Task Two_blocks_are_gone_through_and_the_summary_cards_hold_the_notes()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaOntwikkelen);
        var flow = assistant.Flow()
            .Send("gesprekskader " + c.Code)
            .AssertReplyContains("7. Verbetercyclus")
            .Send("1, 4 en 6")
            .AssertReply(GesprekskaderTexts.In(Language.Dutch).TooMany(Framework))
            .Send("opbouw en outcome")
            .AssertReply(GesprekskaderTexts.In(Language.Dutch).PrivacyWarning)
            .AssertReply(GesprekskaderTexts.In(Language.Dutch).BlockIntro(Framework.Blocks[3]))
            .AssertReplyContains("Vraag 1 van 8")
            .Send("Toeleiding en uitstroom staan in één proces.")
            .AssertReplyContains("Vraag 2 van 8");
        for (var next = 3; next <= 7; next++)
        {
            flow = flow.Send("overslaan").AssertReplyContains($"Vraag {next} van 8");
        }

        flow = flow.Send("Elk kwartaal belastbaarheid toetsen.").AssertReplyContains("Vraag 8 van 8")
            .Send("overslaan")
            .AssertReply(GesprekskaderTexts.In(Language.Dutch).BlockIntro(Framework.Blocks[5]))
            .AssertReplyContains("Vraag 1 van 3")
            .Send("Uitval, tevredenheid, doelrealisatie.")
            .AssertReplyContains("Vraag 2 van 3")
            .Send("skip")
            .AssertReplyContains("Vraag 3 van 3")
            .Send("-")
            .AssertReplyWithCard(GesprekskaderTexts.In(Language.Dutch).Summary(3), card =>
            {
                var json = card.GetRawText();
                Assert.Contains("blok 4 van 7", Unescape(json), StringComparison.Ordinal);
                Assert.Contains("Toeleiding en uitstroom staan in één proces.", Unescape(json), StringComparison.Ordinal);
                Assert.DoesNotContain("${", json, StringComparison.Ordinal);
            })
            .AssertCard(card => Assert.Contains("Uitval, tevredenheid, doelrealisatie.", Unescape(card.GetRawText()), StringComparison.Ordinal))
            .AssertNoReply();
        await flow.StartTestAsync();
    }

    [Fact]
    public async Task Wrong_input_BSN_and_long_notes_are_refused_and_stop_cancels()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaOntwikkelen);
        await assistant.Flow()
            .Send("gesprekskader " + c.Code).AssertReplyContains("Bestuur en voorwaarden")
            .Send("blok 9").AssertReply(GesprekskaderTexts.In(Language.Dutch).NoBlockFound(7))
            .Send("monitoring").AssertReply(GesprekskaderTexts.In(Language.Dutch).PrivacyWarning).AssertReplyContains("Blok 2").AssertReplyContains("Vraag 1 van 5")
            .Send("Leerling 111222333 is besproken").AssertReply(RefusalText.Nl(Refusals.Bsn))
            .Send(new string('x', 501)).AssertReply(GesprekskaderTexts.In(Language.Dutch).TooLong)
            .Send("help").AssertReplyContains(GesprekskaderTexts.In(Language.Dutch).NoteHelp)
            .AssertReplyContains("Vraag 1 van 5")
            .Send("stop").AssertReply(DialogTexts.Dutch.Cancelled)
            .Send("het weer?").AssertReplyContains("Probeer **wat nu?**")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_summary_card_saves_changes_refuses_a_stale_one_and_a_malformed_one()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaOntwikkelen);
        var chat = assistant.Chat();
        await assistant.Flow(chat)
            .Send("gesprekskader " + c.Code).AssertReplyContains("Bestuur")
            .Send("3").AssertReplyContains("geen namen").AssertReplyContains("Blok 3").AssertReplyContains("Vraag 1 van 3")
            .Send("Minder thuiszitters.").AssertReplyContains("Vraag 2")
            .Send("overslaan").AssertReplyContains("Vraag 3")
            .Send("overslaan").AssertTextWithCard("Samenvatting", card => Assert.Contains("\"revision\":1", card.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal))
            .Execute(GesprekskaderFlow.SaveVerb, new Dictionary<string, object> { ["revision"] = 1, ["block"] = 3, ["answer-q1"] = "Minder thuiszitters en uitval.", ["answer-q3"] = "" })
            .AssertReply(GesprekskaderTexts.In(Language.Dutch).Saved(3))
            .AssertInvokeResponse(r => Assert.Contains("Minder thuiszitters en uitval.", Unescape(r!.Body!.Value.GetRawText()), StringComparison.Ordinal))
            .Execute(GesprekskaderFlow.SaveVerb, new Dictionary<string, object> { ["revision"] = 1, ["block"] = 3, ["answer-q1"] = "Oude versie" })
            .AssertInvokeResponse(r =>
            {
                Assert.Contains("Minder thuiszitters en uitval.", Unescape(r!.Body!.Value.GetRawText()), StringComparison.Ordinal);
                Assert.Contains(GesprekskaderTexts.In(Language.Dutch).Stale, Unescape(r.Body!.Value.GetRawText()), StringComparison.Ordinal);
            })
            .Execute(GesprekskaderFlow.SaveVerb, new Dictionary<string, object> { ["revision"] = 2, ["block"] = 9 })
            .AssertInvokeResponse(r => Assert.Equal(400, r!.Body!.Value.GetProperty("statusCode").GetInt32()))
            .Execute(GesprekskaderFlow.SaveVerb, new Dictionary<string, object> { ["revision"] = 2, ["block"] = 5 })
            .AssertInvokeResponse(r => Assert.Equal(GesprekskaderTexts.In(Language.Dutch).NoSession, r!.Body!.Value.GetProperty("value").GetProperty("message").GetString()))
            .Submit(new Dictionary<string, object> { ["verb"] = GesprekskaderFlow.SaveVerb, ["revision"] = 2, ["block"] = 3, ["answer-q2"] = "BSN 111222333" })
            .AssertReply(RefusalText.Nl(Refusals.Bsn))
            .StartTestAsync();

        Assert.Single(chat.Updated);
    }

    [Fact]
    public async Task In_a_group_chat_anyone_answers_the_open_question()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaOntwikkelen, TestCases.Group);
        await assistant.Flow(assistant.Chat(TestCases.Group, ConversationTypes.GroupChat))
            .As("29:user-1").Send("gesprekskader " + c.Code).AssertReplyContains("Bestuur")
            .As("29:user-2").Send("7").AssertReplyContains("geen namen").AssertReplyContains("Blok 7").AssertReplyContains("Vraag 1 van 4")
            .As("29:user-1").Send("Samen leren met ouders.").AssertReplyContains("Vraag 2 van 4")
            .As("29:user-2").Send("overslaan").AssertReplyContains("Vraag 3 van 4")
            .As("29:user-2").Send("overslaan").AssertReplyContains("niet voor financiële afrekening")
            .As("29:user-2").Send("overslaan").AssertReplyWithCard(GesprekskaderTexts.In(Language.Dutch).Summary(1), card => Assert.DoesNotContain("JB", card.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task It_is_about_the_regional_collaboration_so_it_needs_no_case_and_names_none()
    {
        var assistant = new Assistant();
        await assistant.Flow(assistant.Chat("a:personal-policy"))
            .Send("gesprekskader")
            .AssertReply(reply =>
            {
                Assert.Contains("beleidsmakers en bestuurders", reply.Text, StringComparison.Ordinal);
                Assert.Contains("niet over één leerling", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("casus", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .Send("1").AssertReply(GesprekskaderTexts.In(Language.Dutch).PrivacyWarning).AssertReplyContains("Blok 1")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_save_with_a_field_the_card_does_not_have_is_refused()
    {
        var assistant = new Assistant();
        await assistant.Flow()
            .Execute(GesprekskaderFlow.SaveVerb, new Dictionary<string, object> { ["caseCode"] = "OZA-AAAA-AA", ["revision"] = 0, ["block"] = 4 })
            .AssertInvokeResponse(r => Assert.Equal(400, r!.Body!.Value.GetProperty("statusCode").GetInt32()))
            .StartTestAsync();
    }

    private static string Unescape(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize<JsonElement>(json), Relaxed);
}
