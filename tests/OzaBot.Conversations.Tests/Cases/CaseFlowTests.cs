using System.Text.Json;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests.Cases;

/// <summary>New case → wat nu → step guidance → plan card, as a teacher would do it in Teams.</summary>
public sealed class CaseFlowTests
{
    [Fact]
    public async Task A_new_case_is_created_step_by_step_and_gets_a_random_code_and_next_steps()
    {
        var assistant = new Assistant();
        await NewCase(assistant.Flow()).StartTestAsync();

        var code = Assert.Single(await AllCodes(assistant));
        var stored = await assistant.Cases.GetAsync(Assistant.Key(code), default);
        Assert.Equal("J.B.", stored!.Case.Initials);
        Assert.Equal("Basisschool De Linde", stored.Meta.Label);
        Assert.Equal(["a:personal-1"], stored.Meta.ConversationIds);
        Assert.NotNull(stored.Case.SupportLevel);
        Assert.Single(stored.Case.Goals);
    }

    [Fact]
    public Task Typos_wrong_input_and_help_do_not_derail_the_new_case_dialog() =>
        new Assistant().Flow()
            .Send("nieuwe casus")
            .AssertReplyContains("Wat voor traject is het?")
            .Send("oza indivdueel")
            .AssertReplyContains("initialen")
            .Send("help")
            .AssertReplyContains("nooit zichtbaar in groepsgesprekken")
            .AssertReplyContains("initialen")
            .Send("geen")
            .AssertReplyContains("Bij welke school")
            .Send("123456782")
            .AssertReply(r => Assert.Matches("(?s)Dit lijkt een BSN.*Bij welke school", r.Text))
            .Send("school van Sanne de Vries")
            .AssertReply(r => Assert.Matches("(?s)Dit lijkt een naam.*Bij welke school", r.Text))
            .StartTestAsync();

    [Fact]
    public async Task In_a_team_channel_a_new_case_asks_first_and_recommends_a_group_chat()
    {
        var assistant = new Assistant();
        var channel = assistant.Chat("19:channel@thread.tacv2", ConversationTypes.Channel);

        await assistant.Flow(channel)
            .Send("nieuwe casus")
            .AssertReplyContains(CaseFlowTexts.Dutch.ConfirmChannel)
            .Send("nee")
            .AssertReply(CaseFlowTexts.Dutch.UseGroupChat)
            .Send("nieuwe casus")
            .AssertReplyContains(CaseFlowTexts.Dutch.ConfirmChannel)
            .Send("ja")
            .AssertReplyContains("Wat voor traject")
            .StartTestAsync();

        Assert.Empty(await AllCodes(assistant));
    }

    [Fact]
    public Task Stop_half_way_creates_nothing() =>
        new Assistant().Flow()
            .Send("nieuwe casus")
            .AssertReplyContains("Wat voor traject")
            .Send("stop")
            .AssertReply(_ => { })
            .Send("wat nu?")
            .AssertReplyContains("nog geen casus")
            .StartTestAsync();

    [Fact]
    public async Task Wat_nu_toon_plan_and_the_checklist_work_on_the_conversations_case()
    {
        var assistant = new Assistant();
        var chat = assistant.Chat();
        await NewCase(assistant.Flow(chat)).StartTestAsync();
        var code = Assert.Single(await AllCodes(assistant));
        var stored = (await assistant.Cases.GetAsync(Assistant.Key(code), default))!;

        await assistant.Flow(chat)
            .Send("wat nu?")
            .AssertTextWithCard("wie:")
            .Send("toon plan")
            .AssertTextWithCard("Het plan van", card => Assert.Contains("Verkennen", card.GetRawText(), StringComparison.Ordinal))
            .Send("stap 1")
            .AssertTextWithCard("Verkennen")
            .Send("klaar met deze stap")
            .AssertReplyContains("Stap Verkennen is nog niet rond")
            .Execute("saveChecklist", new Dictionary<string, object> { ["caseCode"] = code, ["revision"] = stored.Case.Revision, ["check-" + Domain.Content.ProcessCatalogue.Default.OzaSteps[0].Checklist[0].Id] = "true" })
            .AssertInvokeResponse(r => Assert.Equal("application/vnd.microsoft.card.adaptive", r!.Body!.Value.GetProperty("type").GetString()))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stale_checklist_card_is_answered_with_the_current_card_and_changes_nothing()
    {
        var assistant = new Assistant();
        await NewCase(assistant.Flow()).StartTestAsync();
        var code = Assert.Single(await AllCodes(assistant));
        var before = (await assistant.Cases.GetAsync(Assistant.Key(code), default))!;
        var item = Domain.Content.ProcessCatalogue.Default.Step(before.Case.CurrentStepId).ChecklistFor(before.Case.Track).First().Id;

        await assistant.Flow()
            .Execute("saveChecklist", new Dictionary<string, object> { ["caseCode"] = code, ["revision"] = before.Case.Revision - 1, ["check-" + item] = "true" })
            .AssertInvokeResponse(r =>
            {
                Assert.Equal("application/vnd.microsoft.card.adaptive", r!.Body!.Value.GetProperty("type").GetString());
                Assert.Contains("Iemand heeft de casus intussen gewijzigd", r.Body!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .AssertNoReply() // told privately, in the invoke response: nothing in the chat
            .StartTestAsync();

        var after = (await assistant.Cases.GetAsync(Assistant.Key(code), default))!;
        Assert.Equal(before.Case.Revision, after.Case.Revision);
    }

    [Fact]
    public async Task Twenty_people_saving_the_same_card_at_once_one_is_applied_and_nineteen_are_told_privately()
    {
        var assistant = new Assistant();
        const string group = "19:groep@thread.v2";
        await NewCase(assistant.Flow()).StartTestAsync();
        var code = Assert.Single(await AllCodes(assistant));
        await assistant.Cases.UpdateAsync(Assistant.Key(code), s => { s.Meta.ConversationIds.Add(group); return Domain.Cases.DomainResult.Ok; }, default);
        var before = (await assistant.Cases.GetAsync(Assistant.Key(code), default))!;
        var item = Domain.Content.ProcessCatalogue.Default.Step(before.Case.CurrentStepId).ChecklistFor(before.Case.Track).First().Id;
        var chat = assistant.Chat(group, BotFramework.Schema.ConversationTypes.GroupChat);
        var data = System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["caseCode"] = code, ["revision"] = before.Case.Revision, ["check-" + item] = "true" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            chat.ProcessActivityAsync(chat.MakeExecute("saveChecklist", data, OzaBot.Testing.Bot.TestAdapter.User("29:user-" + i), replyToId: "card-1"), assistant.Bot)));

        var told = responses.Count(r => r!.Body!.Value.GetRawText().Contains("Iemand heeft de casus intussen gewijzigd", StringComparison.Ordinal));
        Assert.Equal(19, told);
        Assert.DoesNotContain(chat.History, a => a.Text?.Contains("Iemand heeft de casus intussen gewijzigd", StringComparison.Ordinal) == true);
        Assert.Equal(before.Case.Revision + 1, (await assistant.Cases.GetAsync(Assistant.Key(code), default))!.Case.Revision);
    }

    [Fact]
    public async Task Someone_in_another_conversation_or_tenant_gets_niet_gevonden()
    {
        var assistant = new Assistant();
        await NewCase(assistant.Flow()).StartTestAsync();
        var code = Assert.Single(await AllCodes(assistant));

        await assistant.Flow(assistant.Chat("a:someone-else"))
            .As("29:stranger")
            .Send("toon plan " + code)
            .AssertReply($"Casus {code} is niet gevonden.")
            .StartTestAsync();
        await assistant.Flow(assistant.Chat("a:personal-1", tenant: "other-tenant"))
            .Send("wat nu " + code)
            .AssertReply($"Casus {code} is niet gevonden.")
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_group_chat_everyone_shares_the_case_and_never_sees_initials()
    {
        var assistant = new Assistant();
        var group = assistant.Chat("19:team@thread.v2", ConversationTypes.GroupChat);
        await assistant.Flow(group)
            .As("29:anna")
            .Send("nieuwe casus")
            .AssertReplyContains("Wat voor traject")
            .Send("1")
            .AssertReplyContains("Bij welke school")
            .As("29:bram")
            .Send("Basisschool De Linde")
            .AssertReplyContains("niveau van ondersteuning")
            .Send("1")
            .AssertReplyContains("doelstelling")
            .Send("versterken")
            .AssertTextWithCard(text => Assert.Matches("(?s)is aangemaakt.*volgende stappen", text))
            .As("29:carla")
            .Send("toon plan")
            .AssertTextWithCard("Het plan van", card => Assert.DoesNotContain("initials", card.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    private static TestFlow NewCase(TestFlow flow) => flow
        .Send("nieuwe casus")
        .AssertReplyContains("Wat voor traject")
        .Send("OZA individueel")
        .AssertReplyContains("initialen")
        .Send("J.B.")
        .AssertReplyContains("Bij welke school")
        .Send("Basisschool De Linde")
        .AssertReplyContains("niveau van ondersteuning")
        .Send("aanvullend")
        .AssertReplyContains("doelstelling")
        .Send("terugleiden")
        .AssertTextWithCard(text => Assert.Matches("(?s)is aangemaakt en gekoppeld aan dit gesprek.*De volgende stappen voor", text), card => Assert.Contains("OZA-", card.GetRawText(), StringComparison.Ordinal));

    private static async Task<List<string>> AllCodes(Assistant assistant)
    {
        var codes = new List<string>();
        foreach (var conversation in new[] { "a:personal-1", "19:team@thread.v2" })
        {
            var item = await assistant.Storage.ReadAsync($"msteams/conversations/{conversation}");
            if (item is not null)
            {
                using var doc = JsonDocument.Parse(item.Json);
                if (doc.RootElement.TryGetProperty("ozabot", out var data))
                {
                    codes.AddRange(data.GetProperty("caseCodes").EnumerateArray().Select(e => e.GetString()!));
                }
            }
        }

        return codes;
    }
}
