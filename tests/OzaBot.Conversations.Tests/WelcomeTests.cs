using OzaBot.BotFramework.Schema;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests;

public sealed class WelcomeTests
{
    [Fact]
    public async Task Teams_two_install_events_give_one_Dutch_welcome_with_the_help_card()
    {
        var assistant = new Assistant();
        var chat = assistant.Chat();
        var install = chat.MakeActivity(ActivityTypes.InstallationUpdate);
        install.Action = "add";
        var membersAdded = chat.MakeActivity(ActivityTypes.ConversationUpdate);
        membersAdded.MembersAdded = [TestAdapter.User(), chat.Bot];

        await chat.ProcessActivityAsync(install, assistant.Bot);
        await chat.ProcessActivityAsync(membersAdded, assistant.Bot);

        // One welcome, one message: the text and the help card together.
        var sent = Assert.Single(chat.Sent.ToList());
        Assert.StartsWith("Hallo, ik ben **OzaBot**", sent.Text, StringComparison.Ordinal);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(sent.Attachments!).ContentType);
    }

    [Fact]
    public async Task In_a_group_chat_the_bot_welcomes_when_it_joins_not_for_every_new_member()
    {
        var assistant = new Assistant();
        var chat = assistant.Chat("19:group@thread.v2", ConversationTypes.GroupChat);
        var someoneJoins = chat.MakeActivity(ActivityTypes.ConversationUpdate);
        someoneJoins.MembersAdded = [TestAdapter.User("29:new")];
        var botJoins = chat.MakeActivity(ActivityTypes.ConversationUpdate);
        botJoins.MembersAdded = [chat.Bot];

        await chat.ProcessActivityAsync(someoneJoins, assistant.Bot);
        Assert.Empty(chat.Sent);

        await chat.ProcessActivityAsync(botJoins, assistant.Bot);
        Assert.Single(chat.Sent);
    }

    [Fact]
    public Task Help_works_with_typos_and_unknown_input_gets_a_suggestion() =>
        new Assistant().Flow()
            .Send("hepl")
            .AssertTextWithCard("ik ben **OzaBot**", _ => { })
            .Send("wat is het weer morgen")
            .AssertReplyContains("Probeer **wat nu?**")
            .StartTestAsync();

    [Fact]
    public Task Dutch_for_everyone_and_English_only_when_the_conversation_asks_for_it()
    {
        var assistant = new Assistant();
        var chat = assistant.Chat();
        chat.Locale = "en-US";
        return assistant.Flow(chat)
            .Send("the weather?").AssertReplyContains("Dat begreep ik niet helemaal")
            .Send("English please").AssertReply(AssistantTexts.In(Language.English).LanguageChosen)
            .Send("the weather?").AssertReplyContains("I didn't catch that")
            .Send("in het Nederlands").AssertReplyContains("Vanaf nu antwoord ik in dit gesprek in het Nederlands")
            .Send("het weer?").AssertReplyContains("Dat begreep ik niet helemaal")
            .StartTestAsync();
    }

    [Fact]
    public Task In_English_the_next_steps_the_step_checklist_and_the_plan_are_English_cards_with_English_process_content()
    {
        var assistant = new Assistant();
        var chat = assistant.Chat();
        return assistant.Flow(chat)
            .Send("nieuwe casus").AssertReplyContains("traject")
            .Send("1").AssertReplyContains("initialen")
            .Send("geen").AssertReplyContains("school")
            .Send("De Linde").AssertReplyContains("niveau")
            .Send("basis").AssertReplyContains("doelstelling")
            .Send("versterken").AssertTextWithCard(text => Assert.Matches("(?s)aangemaakt.*volgende stappen", text))
            .Send("English please").AssertReply(AssistantTexts.In(Language.English).LanguageChosen)
            .Send("what now?").AssertTextWithCard(NoDutch, card => Assert.Empty(DutchWords.In(DutchWords.Readable(System.Text.Json.Nodes.JsonNode.Parse(card.GetRawText())))))
            .Send("step 1").AssertTextWithCard(NoDutch, card => Assert.Empty(DutchWords.In(DutchWords.Readable(System.Text.Json.Nodes.JsonNode.Parse(card.GetRawText())))))
            .Send("show plan").AssertTextWithCard(NoDutch, card => Assert.Empty(DutchWords.In(DutchWords.Readable(System.Text.Json.Nodes.JsonNode.Parse(card.GetRawText())))))
            .StartTestAsync();
    }

    private static void NoDutch(string text) => Assert.Empty(DutchWords.In(text));
}
