using OzaBot.BotFramework.Cards;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Cards show the case code; initials only when the conversation layer passes them (1:1 with a case member).</summary>
public sealed class CardPrivacyTests
{
    public static TheoryData<string> Names() => [.. CardSamples.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Initials_appear_only_when_given(string name)
    {
        var without = CardSamples.Library.Expand(name, CardSamples.Data(name)).ToJsonString();
        var data = CardSamples.Data(name);
        data["initials"] = "Q.X.";
        var with = CardSamples.Library.Expand(name, data).ToJsonString();

        Assert.DoesNotContain("Q.X.", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Initialen", without, StringComparison.Ordinal);
        if (CardSamples.Template(name).ToJsonString().Contains("initials", StringComparison.Ordinal))
        {
            Assert.Contains("Q.X.", with, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Case_cards_show_the_case_code(string name)
    {
        var data = CardSamples.Data(name);
        if (data.ContainsKey("caseCode"))
        {
            Assert.Contains("OZA-7K3M-Q9", CardPlainTextTests.Render(name), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_Execute_carries_case_code_and_revision(string name)
    {
        var card = CardSamples.Library.Expand(name, CardSamples.Data(name));

        Assert.Empty(CardRules.Check(card, CardSamples.ExecuteKeys(name)));
    }
}
