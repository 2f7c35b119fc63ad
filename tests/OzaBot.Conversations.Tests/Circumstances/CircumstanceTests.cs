using OzaBot.BotFramework.Schema;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Flows.Circumstances;
using OzaBot.Conversations.Tests.Evaluation;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;

namespace OzaBot.Conversations.Tests.Circumstances;

public sealed class CircumstanceTests
{
    [Fact]
    public async Task In_a_one_to_one_chat_thuiszitten_is_recorded_and_wat_nu_brings_the_leerplichtambtenaar_forward()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaBetrekken);

        await assistant.Flow()
            .Send("de leerling zit al weken thuis, thuiszitten " + c.Code)
            .AssertReply(CircumstanceTexts.In(Language.Dutch).Recorded(c.Code, [Circumstance.Thuiszitten]))
            .Send("wat nu?")
            .AssertTextWithCard("De volgende stappen", card => Assert.Contains(GuidanceTexts.Dutch.LeerplichtWhat, card.GetRawText(), StringComparison.Ordinal))
            .Send("omstandigheden")
            .AssertReplyContains("thuiszitten (speelt)")
            .Send("thuiszitten")
            .AssertReply(CircumstanceTexts.In(Language.Dutch).Recorded(c.Code, []))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Circumstances);
    }

    [Fact]
    public async Task In_a_group_chat_nothing_is_recorded_and_the_user_is_sent_to_a_one_to_one_chat()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaBetrekken, TestCases.Group);

        await assistant.Flow(assistant.Chat(TestCases.Group, ConversationTypes.GroupChat))
            .Send("verzuim " + c.Code)
            .AssertReply(CircumstanceTexts.In(Language.Dutch).OnlyOneToOne)
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, c.Code)).Circumstances);
    }
}
