using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests;

public sealed class WelcomeTests
{
    [Fact]
    public async Task Teams_two_install_events_give_one_Dutch_welcome()
    {
        var adapter = new TestAdapter();
        var bot = new OzaAssistant(new FakeTimeProvider());
        var install = adapter.MakeActivity(ActivityTypes.InstallationUpdate);
        install.Action = "add";
        var membersAdded = adapter.MakeActivity(ActivityTypes.ConversationUpdate);
        membersAdded.MembersAdded = [TestAdapter.User(), adapter.Bot];

        await adapter.ProcessActivityAsync(install, bot);
        await adapter.ProcessActivityAsync(membersAdded, bot);

        var welcome = Assert.Single(adapter.Sent);
        Assert.StartsWith("Hallo, ik ben **OzaBot**", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_chat_the_bot_welcomes_when_it_joins_not_for_every_new_member()
    {
        var adapter = new TestAdapter("19:group@thread.v2", ConversationTypes.GroupChat);
        var bot = new OzaAssistant(new FakeTimeProvider());
        var someoneJoins = adapter.MakeActivity(ActivityTypes.ConversationUpdate);
        someoneJoins.MembersAdded = [TestAdapter.User("29:new")];
        var botJoins = adapter.MakeActivity(ActivityTypes.ConversationUpdate);
        botJoins.MembersAdded = [adapter.Bot];

        await adapter.ProcessActivityAsync(someoneJoins, bot);
        Assert.Empty(adapter.Sent);

        await adapter.ProcessActivityAsync(botJoins, bot);
        Assert.Single(adapter.Sent);
    }

    [Fact]
    public async Task An_English_locale_gets_English_replies()
    {
        var adapter = new TestAdapter { Locale = "en-US" };

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hello"), new OzaAssistant(new FakeTimeProvider()));

        Assert.StartsWith("I received your message", Assert.Single(adapter.Sent).Text, StringComparison.Ordinal);
    }
}
