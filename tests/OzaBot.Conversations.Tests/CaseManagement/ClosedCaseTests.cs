using OzaBot.Conversations.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Tests.CaseManagement;

public sealed class ClosedCaseTests
{
    [Theory]
    [InlineData("actie toevoegen")]
    [InlineData("partner toevoegen")]
    [InlineData("plan vaststellen")]
    [InlineData("financiering vastleggen")]
    [InlineData("evaluatie vastleggen")]
    public async Task A_command_that_would_change_a_closed_case_is_refused_at_once(string command)
    {
        var assistant = new Assistant();
        var stored = await ClosedAsync(assistant);
        await assistant.Flow()
            .Send(command + " " + stored.Code)
            .AssertReply(CaseAccessTexts.Closed(Language.Dutch, stored.Code))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task The_plan_card_of_a_closed_case_says_so_and_offers_no_buttons()
    {
        var assistant = new Assistant();
        var stored = await ClosedAsync(assistant);
        await assistant.Flow()
            .Send("toon plan " + stored.Code)
            .AssertTextWithCard(stored.Code, card =>
            {
                var json = card.GetRawText();
                Assert.Contains("Gesloten op", json, StringComparison.Ordinal);
                Assert.DoesNotContain("Plan vaststellen", json, StringComparison.Ordinal);
                Assert.DoesNotContain("Start evaluatie", json, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static async Task<StoredCase> ClosedAsync(Assistant assistant)
    {
        var stored = await TestCases.OpenAsync(assistant);
        await assistant.Cases.UpdateAsync(Assistant.Key(stored.Code), s => s.Case.Close(CloseReason.DoelenBereikt, new Actor("aad-29:user-1", assistant.Time.GetUtcNow())), CancellationToken.None);
        return stored;
    }
}
