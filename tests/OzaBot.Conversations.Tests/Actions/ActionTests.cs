using OzaBot.BotFramework.Dialogs;
using OzaBot.Testing.Cases;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Actions;
using OzaBot.Conversations.Tests.CaseManagement;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.Actions;

public sealed class ActionTests
{
    [Fact]
    public async Task Add_action_asks_what_who_and_when_and_saves_it_with_its_number()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("actie toevoegen " + stored.Code).AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhat)
            .Send("beschikking jeugdhulp aanvragen").AssertReply(reply =>
            {
                Assert.Contains(ActionTexts.In(Language.Dutch).AskWho, reply.Text, StringComparison.Ordinal);
                Assert.Contains("gebiedsteam", reply.Text, StringComparison.Ordinal);
            })
            .Send("gebiedsteem").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhen)
            .Send("vrijdag").AssertReplyContains("Actie 1 toegevoegd: beschikking jeugdhulp aanvragen — gebiedsteam, uiterlijk ")
            .StartTestAsync();

        var action = Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Actions);
        Assert.Equal(PartnerRole.Gebiedsteam, action.Owner);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), action.Due); // Friday 17:00 in Amsterdam
    }

    [Fact]
    public async Task A_description_after_a_colon_is_not_asked_again_and_no_deadline_is_allowed()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("wissel casus " + stored.Code).AssertReplyContains(stored.Code)
            .Send("nieuwe actie: rooster aanpassen").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWho)
            .Send("1").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhen)
            .Send("geen").AssertReply(ActionTexts.In(Language.Dutch).Added(1, "rooster aanpassen", "school", null))
            .StartTestAsync();

        Assert.Null(Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Actions).Due);
    }

    [Fact]
    public async Task Wrong_answers_are_asked_again_a_BSN_is_refused_and_stop_cancels()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("actie toevoegen " + stored.Code).AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhat)
            .Send("bel over 111222333").AssertReply(RefusalText.Nl(Refusals.Bsn))
            .Send("ouders bellen").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWho)
            .Send("ouders").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhen)
            .Send("banaan").AssertReplyContains(ActionTexts.In(Language.Dutch).WhenRetry)
            .Send("gisteren").AssertReplyContains(RefusalText.Nl(Refusals.InPast))
            .Send("stop").AssertReply(DialogTexts.Dutch.Cancelled)
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, stored.Code)).Actions);
    }

    [Fact]
    public async Task The_list_shows_open_actions_first_marks_overdue_ones_and_actie_2_klaar_completes_by_number()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        var now = assistant.Time.GetUtcNow();
        await assistant.Cases.UpdateAsync(stored.Key, s =>
        {
            var actor = new Actor(TestCases.DefaultUserId, now);
            s.Case.AddAction("verslag delen", PartnerRole.School, now.AddDays(1), actor);
            s.Case.AddAction("intake plannen", PartnerRole.Zorgaanbieder, now.AddDays(5), actor);
            return s.Case.AddAction("schoolarts vragen", PartnerRole.School, null, actor).WithoutValueForTest();
        }, CancellationToken.None);

        await assistant.Flow()
            .Send("wissel casus " + stored.Code).AssertReplyContains(stored.Code)
            .Then(() => assistant.Time.Advance(TimeSpan.FromDays(2)))
            .Send("actie 2 klaar " + stored.Code).AssertReply(ActionTexts.In(Language.Dutch).Completed(2, "intake plannen"))
            .Send("acties " + stored.Code)
            .AssertReply(reply =>
            {
                var lines = reply.Text!.Split('\n');
                Assert.StartsWith("1. ⚠️ **te laat** — verslag delen — school — uiterlijk ", lines[2], StringComparison.Ordinal);
                Assert.Equal("3. schoolarts vragen — school", lines[3]);
                Assert.StartsWith("2. intake plannen — zorgaanbieder — uiterlijk ", lines[4], StringComparison.Ordinal);
                Assert.EndsWith("✅ klaar", lines[4], StringComparison.Ordinal);
            })
            .Send("klaar actie 2 " + stored.Code).AssertReply("Deze actie staat niet meer open.")
            .Send("actie 9 gedaan " + stored.Code).AssertReply(ActionTexts.In(Language.Dutch).NoSuchAction(9))
            .StartTestAsync();

        var actions = (await TestCases.ReadAsync(assistant, stored.Code)).Actions;
        Assert.Equal(ActionStatus.Gedaan, actions[1].Status);
        Assert.Equal(ActionStatus.Open, actions[0].Status);
    }

    [Fact]
    public async Task Two_members_of_a_group_chat_add_an_action_together()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant, TestCases.GroupChat);

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .Send("<at>OzaBot</at> actie toevoegen " + stored.Code).AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhat)
            .As("29:user-2").Send("<at>OzaBot</at> rooster maken").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWho)
            .Send("school").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhen)
            .As("29:user-1").Send("<at>OzaBot</at> geen").AssertReplyContains("Actie 1 toegevoegd")
            .StartTestAsync();

        var c = await TestCases.ReadAsync(assistant, stored.Code);
        Assert.Equal("rooster maken", Assert.Single(c.Actions).Description);
    }

    [Fact]
    public async Task A_conversation_that_is_not_a_member_gets_not_found()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .As("29:stranger")
            .Send("actie toevoegen " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .StartTestAsync();
    }

    [Fact]
    public async Task Short_commands_with_a_case_code_act_on_that_case_and_a_BSN_up_front_is_asked_again()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("acties " + stored.Code).AssertReply(ActionTexts.In(Language.Dutch).NoActions(stored.Code))
            .Send("nieuwe actie: bel 111222333").AssertReply(RefusalText.Nl(Refusals.Bsn))
            .AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhat)
            .StartTestAsync();

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .As("29:stranger")
            .Send("acties " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .Send("actie 1 klaar " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_explains_the_open_question_and_English_users_get_English()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        var chat = assistant.Chat();
        chat.Locale = "en-US";

        await assistant.Flow(chat)
            .Send("english").AssertReplyContains("From now on I answer in English")
            .Send("add action " + stored.Code).AssertReplyContains(ActionTexts.In(Language.English).AskWhat)
            .Send("update the timetable").AssertReplyContains(ActionTexts.In(Language.English).AskWho)
            .Send("help").AssertReplyContains(ActionTexts.In(Language.English).WhoHelp)
            .AssertReplyContains(ActionTexts.In(Language.English).AskWho)
            .Send("school").AssertReplyContains(ActionTexts.In(Language.English).AskWhen)
            .Send("none").AssertReply(ActionTexts.In(Language.English).Added(1, "update the timetable", "school", null))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_action_added_here_shows_up_in_wat_nu_once_it_is_overdue()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        var overdue = Domain.Guidance.GuidanceTexts.Dutch.OverdueWhat("verslag delen");

        await assistant.Flow()
            .Send("nieuwe actie " + stored.Code + ": verslag delen").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWho)
            .Send("school").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhen)
            .Send("morgen").AssertReplyContains("Actie 1 toegevoegd")
            .Then(() => assistant.Time.Advance(TimeSpan.FromDays(3)))
            .Send("wat nu?").AssertReply(reply => Assert.Contains(overdue, reply.Text + ActivityJson(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    private static string ActivityJson(Activity activity) =>
        string.Join(' ', (activity.Attachments ?? []).Select(a => a.Content?.GetRawText() ?? ""));

    [Fact]
    public Task Unknown_text_still_gets_the_suggestion() =>
        new Assistant().Flow().Send("wat is het weer").AssertReplyContains("Probeer **wat nu?**").StartTestAsync();
}

internal static class DomainResultTestExtensions
{
    public static DomainResult WithoutValueForTest<T>(this DomainResult<T> result) =>
        result.IsOk ? DomainResult.Ok : DomainResult.Refused(result.Reason!);
}
