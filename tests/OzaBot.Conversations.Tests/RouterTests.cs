using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Tests.Support;

namespace OzaBot.Conversations.Tests;

/// <summary>How the router ties the flows together: mentions, follow-up commands, stagnation.</summary>
public sealed class RouterTests
{
    [Fact]
    public Task In_a_group_chat_the_bots_mention_is_stripped_before_prompts_read_the_answer()
    {
        var assistant = new Assistant();
        return assistant.Flow(assistant.Chat("19:g@thread.v2", ConversationTypes.GroupChat))
            .Send("<at>OzaBot</at> nieuwe casus")
            .AssertReplyContains("Wat voor traject")
            .Send("<at>OzaBot</at> 1")
            .AssertReplyContains("Bij welke school")
            .StartTestAsync();
    }

    [Fact]
    public async Task Bare_follow_up_commands_reach_their_flow_and_stagnation_before_an_OZO_is_raised_in_the_OZO()
    {
        var assistant = new Assistant();
        var chat = assistant.Chat();
        await assistant.Flow(chat)
            .Send("nieuwe casus").AssertReplyContains("traject")
            .Send("1").AssertReplyContains("initialen")
            .Send("geen").AssertReplyContains("school")
            .Send("De Linde").AssertReplyContains("niveau")
            .Send("basis").AssertReplyContains("doelstelling")
            .Send("versterken").AssertTextWithCard(text => Assert.Matches("(?s)aangemaakt.*volgende stappen", text))
            .Send("acties")
            .AssertReplyContains("actie")
            .AdvanceTime(TimeSpan.FromDays(60))
            .Send("wat nu?")
            .AssertTextWithCard("volgende stappen", card => Assert.Contains(Domain.Guidance.GuidanceTexts.Dutch.RaiseInOzoWhat, card.GetRawText(), StringComparison.Ordinal))
            .AssertNoReply()
            .StartTestAsync();
    }
}
