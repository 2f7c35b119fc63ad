using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Tests.Actions;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests.CaseManagement;

public sealed class CaseManagementTests
{
    [Fact]
    public async Task My_cases_lists_code_track_and_step_with_initials_only_in_a_personal_chat_and_switches_by_number()
    {
        var assistant = new Assistant();
        var first = await TestCases.OpenAsync(assistant, initials: "J.B.");
        var second = await TestCases.OpenAsync(assistant, track: Track.ZioSchool);

        await assistant.Flow()
            .Send("wissel casus " + first.Code).AssertReplyContains(CaseManagementTexts.In(Language.Dutch).Switched(first.Code))
            .Send("wisel casus " + second.Code).AssertReplyContains(CaseManagementTexts.In(Language.Dutch).Switched(second.Code))
            .Send("mijn casussen")
            .AssertReply(reply =>
            {
                Assert.Contains($"1. **{first.Code}** (J.B.) — OZA individueel — stap Verkennen", reply.Text, StringComparison.Ordinal);
                Assert.Contains($"2. **{second.Code}** — ZiO school — stap", reply.Text, StringComparison.Ordinal);
                Assert.Contains("← actief", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain($"{first.Code}** (J.B.) — OZA individueel — stap Verkennen ← actief", reply.Text, StringComparison.Ordinal);
            })
            .Send("wissel casus 1").AssertReply(CaseManagementTexts.In(Language.Dutch).Switched(first.Code))
            .Send("wissel casus 7").AssertReply(CaseManagementTexts.In(Language.Dutch).NoSuchNumber(7))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_group_chat_sees_codes_but_never_initials()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant, TestCases.GroupChat, initials: "JB");

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .Send("<at>OzaBot</at> wissel casus " + stored.Code).AssertReplyContains(stored.Code)
            .As("29:user-2").Send("mijn casussen")
            .AssertReply(reply =>
            {
                Assert.Contains(stored.Code, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("JB", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public Task Without_cases_my_cases_says_how_to_start_one() =>
        new Assistant().Flow().Send("mijn casussen").AssertReply(CaseAccessTexts.NoCase(Language.Dutch)).StartTestAsync();

    [Fact]
    public async Task Closing_asks_a_reason_and_confirmation_then_keeps_the_history()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("sluit casus " + stored.Code).AssertReplyContains(CaseManagementTexts.In(Language.Dutch).AskCloseReason(stored.Code))
            .Send("banaan").AssertReplyContains(DialogTexts.Dutch.ChoiceRetry)
            .Send("doelen berijkt").AssertReplyContains("alles blijft nog 180 dagen bewaard en wordt dan automatisch verwijderd")
            .Send("ja").AssertReply(CaseManagementTexts.In(Language.Dutch).Closed(stored.Code, "Alles van deze casus wordt op za 22 mei 2027 automatisch verwijderd (180 dagen na het sluiten); daarna blijven alleen anonieme tellingen over."))
            .StartTestAsync();

        var closed = await TestCases.ReadAsync(assistant, stored.Code);
        Assert.Equal(CaseStatus.Gesloten, closed.Status);
        Assert.Equal(CloseReason.DoelenBereikt, closed.CloseReason);
        Assert.Equal(2, closed.History.Count);
    }

    [Fact]
    public async Task Closing_can_be_stopped_half_way_and_answered_no()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("wissel casus " + stored.Code).AssertReplyContains(stored.Code)
            .Send("casus afsluiten").AssertReplyContains(CaseManagementTexts.In(Language.Dutch).AskCloseReason(stored.Code))
            .Send("stop").AssertReply(DialogTexts.Dutch.Cancelled)
            .Send("sluit casus").AssertReplyContains("Waarom")
            .Send("2").AssertReplyContains("sluiten?")
            .Send("nee").AssertReply(CaseManagementTexts.In(Language.Dutch).NotClosed(stored.Code))
            .StartTestAsync();

        Assert.Equal(CaseStatus.Actief, (await TestCases.ReadAsync(assistant, stored.Code)).Status);
    }

    [Fact]
    public async Task In_a_group_chat_one_member_starts_closing_and_another_confirms()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant, TestCases.GroupChat);

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .Send("sluit casus " + stored.Code).AssertReplyContains("Waarom")
            .As("29:user-2").Send("elders geholpen").AssertReplyContains("sluiten?")
            .Send("ja").AssertReplyContains($"Casus **{stored.Code}** is gesloten. Alles van deze casus wordt op za 22 mei 2027 automatisch verwijderd")
            .StartTestAsync();

        var closed = await TestCases.ReadAsync(assistant, stored.Code);
        Assert.Equal(CloseReason.EldersGeholpen, closed.CloseReason);
        Assert.Equal("aad-29:user-2", closed.History[^1].UserId);
    }

    [Fact]
    public async Task Deleting_after_confirmation_removes_the_case_and_unlinks_it()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("verwijder casus " + stored.Code).AssertReplyContains("Weet je het zeker?")
            .Send("misschien").AssertReplyContains(DialogTexts.Dutch.ConfirmRetry)
            .Send("ja").AssertReplyContains($"Casus **{stored.Code}** is verwijderd: 0 partner(s), 0 actie(s)")
            .Send("mijn casussen").AssertReply(CaseAccessTexts.NoCase(Language.Dutch))
            .Send("verwijder casus " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .StartTestAsync();

        Assert.Null(await assistant.Cases.GetAsync(stored.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_owner_or_the_procesregisseur_may_delete_and_a_deletion_record_remains()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant, TestCases.GroupChat);
        await assistant.Cases.UpdateAsync(stored.Key, s => s.Case.AddPartner(PartnerRole.Procesregisseur, null, "aad-29:regisseur", new Actor(TestCases.DefaultUserId, assistant.Time.GetUtcNow())).WithoutValueForTest(), CancellationToken.None);
        var group = assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat);

        await assistant.Flow(group)
            .As("29:member")
            .Send("verwijder casus " + stored.Code).AssertReply(CaseManagementTexts.In(Language.Dutch).DeleteNotAllowed(stored.Code))
            .StartTestAsync();
        Assert.NotNull(await assistant.Cases.GetAsync(stored.Key, CancellationToken.None));

        await assistant.Flow(group)
            .As("29:regisseur")
            .Send("verwijder casus " + stored.Code).AssertReplyContains("Weet je het zeker?")
            .Send("ja").AssertReplyContains("Alleen een verwijderregistratie blijft bewaard")
            .StartTestAsync();

        var deletion = await assistant.Cases.Repository.FindDeletionAsync(stored.Key);
        Assert.Equal(("aad-29:regisseur", CaseDeletion.UserRequest), (deletion!.By, deletion.Reason));
    }

    [Fact]
    public async Task Deleting_answered_no_keeps_the_case()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("verwijder casus " + stored.Code).AssertReplyContains("Weet je het zeker?")
            .Send("nee").AssertReply(CaseManagementTexts.In(Language.Dutch).NotDeleted(stored.Code))
            .StartTestAsync();

        Assert.NotNull(await assistant.Cases.GetAsync(stored.Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_conversation_that_is_not_a_member_cannot_switch_close_or_delete_the_case()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        var other = assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat);

        await assistant.Flow(other)
            .As("29:stranger")
            .Send("wissel casus " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .Send("sluit casus " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .Send("verwijder casus " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .Send("mijn casussen").AssertReply(CaseAccessTexts.NoCase(Language.Dutch))
            .StartTestAsync();

        Assert.Equal(CaseStatus.Actief, (await TestCases.ReadAsync(assistant, stored.Code)).Status);
    }

    [Fact]
    public async Task English_users_get_English_texts()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        var chat = assistant.Chat();
        chat.Locale = "en-US";

        await assistant.Flow(chat)
            .Send("english").AssertReplyContains("From now on I answer in English")
            .Send("close case " + stored.Code).AssertReplyContains(CaseManagementTexts.In(Language.English).AskCloseReason(stored.Code))
            .Send("goals achieved").AssertReplyContains("everything is kept for 180 more days")
            .Send("yes").AssertReplyContains("removed automatically on Sat 22 May 2027 (180 days after closing)")
            .StartTestAsync();
    }
}
