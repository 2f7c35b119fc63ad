using System.Text.Json;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Every card as we send it passes Microsoft's parser without errors or warnings and fits Teams' limits.</summary>
public sealed class CardValidationTests(OfficialParserFixture official) : IClassFixture<OfficialParserFixture>
{
    public static TheoryData<string> Variants() => [.. CardSamples.Variants().Select(v => v.Case)];

    public static TheoryData<string> Mutations() => [.. CardMutations.All().Select(m => m.Case)];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Sent_card_has_no_parser_events_and_keeps_the_Teams_rules(string variant)
    {
        var problems = official.Problems(variant);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal("1.5", official.Results[variant]["version"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Whole_message_stays_under_80_KB_as_UTF16(string variant)
    {
        var json = JsonSerializer.Serialize(official.Messages[variant], BotJsonContext.Default.Activity);

        Assert.InRange(CardRules.MeasureUtf16Bytes(json), 1, CardRules.MaxMessageBytes);
        Assert.Contains(ContentTypes.AdaptiveCard, json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Broken_card_is_caught(string mutation)
    {
        var expected = CardMutations.All().Single(m => m.Case == mutation).Expected;

        var problems = official.Problems("mutated:" + mutation);

        Assert.True(problems.Any(p => p.Contains(expected, StringComparison.OrdinalIgnoreCase)), $"expected '{expected}' in: {string.Join(" | ", problems)}");
    }
}
