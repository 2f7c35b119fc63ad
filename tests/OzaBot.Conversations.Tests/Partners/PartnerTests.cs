using System.Text.Json;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Partners;
using OzaBot.Conversations.Tests.CaseManagement;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Bot;

namespace OzaBot.Conversations.Tests.Partners;

public sealed class PartnerTests
{
    [Fact]
    public async Task A_mentioned_chat_member_becomes_procesregisseur_by_id_only_and_a_second_one_replaces_the_first()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant, TestCases.GroupChat);
        var chat = assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat);

        await assistant.Flow(chat)
            .Send(Mentioning(chat, TestAdapter.User(), $"<at>OzaBot</at> voeg <at>Sam de Vries</at> toe als procesregisseur {stored.Code}", ("29:user-3", "Sam de Vries")))
            .AssertReply(reply =>
            {
                Assert.StartsWith(PartnerTexts.In(Language.Dutch).Added("procesregisseur", stored.Code, new PartnerContact("29:user-3", null)), reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Sam", reply.Text, StringComparison.Ordinal);
            })
            .Send(Mentioning(chat, TestAdapter.User("29:user-2"), "<at>OzaBot</at> voeg <at>Kim</at> toe als regisseur", ("29:user-4", "Kim")))
            .AssertReplyContains(PartnerTexts.In(Language.Dutch).Replaced(stored.Code, null))
            .Send("<at>OzaBot</at> partners " + stored.Code)
            .AssertReply(reply =>
            {
                Assert.Contains("- procesregisseur (lid van de chat)", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Kim", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var partner = Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Partners);
        Assert.Equal(PartnerRole.Procesregisseur, partner.Role);
        Assert.Equal("29:user-4", partner.UserId);
        Assert.Null(partner.Label);
    }

    [Fact]
    public async Task Add_partner_asks_role_and_contact_and_keeps_no_email_address()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("partner toevoegen " + stored.Code).AssertReplyContains(PartnerTexts.In(Language.Dutch).AskRole)
            .Send("leerplichtambtenaar").AssertReplyContains(PartnerTexts.In(Language.Dutch).AskContact("leerplichtambtenaar"))
            .Send("lpa@gemeente.example.nl").AssertReply(PartnerTexts.In(Language.Dutch).Added("leerplichtambtenaar", stored.Code, new PartnerContact(null, "x@y.nl")))
            .Send("partners " + stored.Code).AssertReply(reply => Assert.DoesNotContain("@", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        // The address is neither the partner's label nor anywhere else in the case.
        var saved = await TestCases.ReadAsync(assistant, stored.Code);
        var partner = Assert.Single(saved.Partners);
        Assert.Equal((PartnerRole.Leerplicht, (string?)null, (string?)null), (partner.Role, partner.Label, partner.UserId));
        Assert.DoesNotContain("lpa@gemeente", System.Text.Json.JsonSerializer.Serialize(saved, Domain.Cases.CaseJsonContext.Default.Case), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_answers_are_asked_again_and_stop_cancels_half_way()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("partner toevoegen " + stored.Code).AssertReplyContains(PartnerTexts.In(Language.Dutch).AskRole)
            .Send("banaan").AssertReplyContains(DialogTexts.Dutch.ChoiceRetry)
            .Send("wijkteam").AssertReplyContains(PartnerTexts.In(Language.Dutch).AskContact("gebiedsteam"))
            .Send("Piet Jansen").AssertReplyContains(PartnerTexts.In(Language.Dutch).ContactRetry)
            .Send("stop").AssertReply(DialogTexts.Dutch.Cancelled)
            .Send("voeg het samenwerkingsverband toe").AssertReplyContains(PartnerTexts.In(Language.Dutch).AskContact("samenwerkingsverband"))
            .Send("geen").AssertReply(PartnerTexts.In(Language.Dutch).Added("samenwerkingsverband", stored.Code, null))
            .StartTestAsync();

        var partner = Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Partners);
        Assert.Equal(PartnerRole.Samenwerkingsverband, partner.Role);
    }

    [Fact]
    public async Task A_conversation_that_is_not_a_member_gets_not_found()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .As("29:stranger")
            .Send("partner toevoegen " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .Send("partners " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .Send("toestemming vastleggen " + stored.Code).AssertReply(CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .StartTestAsync();

        Assert.Empty((await TestCases.ReadAsync(assistant, stored.Code)).Partners);
    }

    /// <summary>A message as Teams sends it with @mentions: the &lt;at&gt; text plus a mention entity per person (and one for the bot).</summary>
    private static Activity Mentioning(TestAdapter chat, ChannelAccount from, string text, params (string Id, string Name)[] people)
    {
        var activity = chat.MakeMessage(text, from);
        activity.Entities = [Mention(chat.Bot.Id!, chat.Bot.Name!), .. people.Select(p => Mention(p.Id, p.Name))];
        return activity;
    }

    private static Entity Mention(string id, string name) => new()
    {
        Type = "mention",
        ExtensionData = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonDocument.Parse($$"""{"id":"{{id}}","name":"{{name}}"}""").RootElement.Clone(),
            ["text"] = JsonDocument.Parse($"\"<at>{name}</at>\"").RootElement.Clone(),
        },
    };
}
