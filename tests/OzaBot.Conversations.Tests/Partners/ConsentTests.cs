using OzaBot.Conversations.Flows.Partners;
using OzaBot.Testing.Cases;
using OzaBot.Conversations.Tests.CaseManagement;
using OzaBot.Conversations.Tests.Meetings;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.Partners;

public sealed class ConsentTests
{
    [Fact]
    public async Task Consent_records_which_data_a_care_partner_may_receive_given_by_whom_the_age_rule_allows()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("toestemming vastleggen " + stored.Code).AssertReplyContains(ConsentTexts.In(Language.Dutch).AskRecipient)
            .Send("school").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskRecipient)
            .Send("jeugdhulp").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskCategories("zorgaanbieder"))
            .Send("het dossier").AssertReplyContains(ConsentTexts.In(Language.Dutch).CategoriesRetry)
            .Send("1 en verslagen school").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskAge)
            .Send("12 tot 16").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskGiver(PupilAge.Van12Tot16))
            .Send("ouders").AssertReply(RefusalText.Nl(Refusals.ConsentWrongGiver(PupilAge.Van12Tot16))) // parents alone cannot consent for a pupil of 14
            .AssertReplyContains(ConsentTexts.In(Language.Dutch).AskGiver(PupilAge.Van12Tot16))
            .Send("allebei").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskUntil)
            .Send("1-1-2020").AssertReply(RefusalText.Nl(Refusals.InPast))
            .Send("31-7-2027").AssertReplyContains("Vastgelegd: de zorgaanbieder mag gezamenlijk plan, verslagen school ontvangen tot 31 jul 2027, toestemming van ouders en leerling samen.")
            .Send("toestemmingen " + stored.Code).AssertReplyContains("- zorgaanbieder mag gezamenlijk plan, verslagen school ontvangen tot 31 jul 2027")
            .StartTestAsync();

        var consent = Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Consents);
        Assert.Equal((PartnerRole.Zorgaanbieder, ConsentGiver.OudersEnLeerling, PupilAge.Van12Tot16, new DateOnly(2027, 7, 31)), (consent.Recipient, consent.GivenBy, consent.Age, consent.Until));
        Assert.Equal([ConsentCategory.Plan, ConsentCategory.VerslagenSchool], consent.Categories);
    }

    [Fact]
    public async Task A_role_named_in_the_message_is_not_asked_again_and_withdrawal_is_not_read_as_betrekken()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);

        await assistant.Flow()
            .Send("toestemming vastleggen voor het gebiedsteam " + stored.Code).AssertReplyContains(ConsentTexts.In(Language.Dutch).AskCategories("gebiedsteam"))
            .Send("alles").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskAge)
            .Send("jonger dan 12").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskGiver(PupilAge.Onder12))
            .Send("ouders").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskUntil)
            .Send("31-7-2027").AssertReplyContains("Vastgelegd: de gebiedsteam")
            .Send("toestemming intrekken " + stored.Code).AssertReplyContains(ConsentTexts.In(Language.Dutch).AskWhichToWithdraw)
            .Send("1").AssertReplyContains("Ingetrokken: de gebiedsteam mag gezamenlijk plan, OPP, verslagen school, gegevens jeugdhulp, medische gegevens niet meer ontvangen.")
            .Send("trek toestemming in " + stored.Code).AssertReply(ConsentTexts.In(Language.Dutch).NoneToWithdraw(stored.Code))
            .StartTestAsync();

        var consent = Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Consents);
        Assert.NotNull(consent.WithdrawnAt);
        Assert.Equal(Enum.GetValues<ConsentCategory>(), consent.Categories);
    }

    [Fact]
    public async Task A_meeting_with_a_care_partner_without_consent_is_refused_at_the_participants_question_until_consent_is_recorded()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync(consent: false);

        await assistant.Flow()
            .Send($"plan een OZO {code}").AssertReplyContains("Wie nodig je uit?")
            .Send("school en gebiedsteam").AssertReply(RefusalText.Nl(Refusals.NoConsent([PartnerRole.Gebiedsteam])))
            .AssertReplyContains("Wie nodig je uit?")
            .Send("school").AssertReplyContains("Wat is jouw e-mailadres?")
            .Send("stop").AssertReplyContains("gestopt")
            .Send($"toestemming vastleggen voor gebiedsteam {code}").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskCategories("gebiedsteam"))
            .Send("plan").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskAge)
            .Send("16 of ouder").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskGiver(PupilAge.Vanaf16))
            .Send("leerling").AssertReplyContains(ConsentTexts.In(Language.Dutch).AskUntil)
            .Send("31-7-2027").AssertReplyContains("Vastgelegd")
            .Send($"plan een OZO {code}").AssertReplyContains("Wie nodig je uit?")
            .Send("school en gebiedsteam").AssertReplyContains("Wat is jouw e-mailadres?")
            .StartTestAsync();
    }
}
