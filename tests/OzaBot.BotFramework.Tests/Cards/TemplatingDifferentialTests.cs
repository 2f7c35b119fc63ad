using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Our <see cref="CardTemplate"/> must give exactly what Microsoft's adaptivecards-templating gives.</summary>
public sealed class TemplatingDifferentialTests(OfficialTemplatingFixture official) : IClassFixture<OfficialTemplatingFixture>
{
    public static TheoryData<string> CaseNames() => [.. OfficialTemplatingFixture.Cases().Select(c => c.Case)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Expansion_matches_the_official_engine(string caseName)
    {
        var (_, template, data) = OfficialTemplatingFixture.Cases().Single(c => c.Case == caseName);
        var result = official.Results[caseName];
        Assert.True(result["error"] is null, "the official engine failed: " + result["error"]);

        var ours = CardTemplate.Parse(template).Expand(data);

        var difference = JsonSemantics.FirstDifference(result["card"], ours);
        Assert.True(difference is null, $"{caseName}: {difference}\nofficial: {result["card"]?.ToJsonString()}\nours:     {ours?.ToJsonString()}");
    }

    [Fact]
    public void Every_card_template_is_covered()
    {
        Assert.NotEmpty(CardSamples.Names);
        foreach (var name in CardSamples.Names)
        {
            Assert.Contains(name, official.Results.Keys);
        }
    }

    [Fact]
    public void The_comparison_detects_a_different_expansion()
    {
        // Guards the guard: a wrong value, a missing member and a reordered array must all be reported.
        var official = JsonNode.Parse("""{"a":[1,2],"b":"x"}""");
        Assert.NotNull(JsonSemantics.FirstDifference(official, JsonNode.Parse("""{"a":[2,1],"b":"x"}""")));
        Assert.NotNull(JsonSemantics.FirstDifference(official, JsonNode.Parse("""{"a":[1,2]}""")));
        Assert.NotNull(JsonSemantics.FirstDifference(official, JsonNode.Parse("""{"a":[1,2],"b":"y"}""")));
        Assert.Null(JsonSemantics.FirstDifference(official, JsonNode.Parse("""{"b":"x","a":[1.0,2]}""")));
    }
}
