using System.Text.Json.Nodes;
using OzaBot.Testing.Tooling;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Each template is designer-ready, has its sample, its rendered PNG and a row in the docs.</summary>
public sealed class CardDocumentationTests
{
    public static TheoryData<string> Names() => [.. CardSamples.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Template_is_a_1_5_card_with_a_sample_a_png_and_docs(string name)
    {
        var template = CardSamples.Template(name).AsObject();
        Assert.Equal("AdaptiveCard", template["type"]!.GetValue<string>());
        Assert.Equal("1.5", template["version"]!.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", template["$schema"]!.GetValue<string>());
        Assert.True(template.ContainsKey("speak") && template.ContainsKey("fallbackText"), "speak and fallbackText are required");
        Assert.NotNull(CardSamples.Data(name));
        Assert.True(File.Exists(RepoPaths.Combine("docs", "cards", name + ".png")), "run: node tooling/cards/render.mjs " + name);
        Assert.Contains($"`{name}`", File.ReadAllText(RepoPaths.Combine("docs", "cards.md")), StringComparison.Ordinal);
        Assert.Contains($"`{name}`", File.ReadAllText(RepoPaths.Combine("cards", "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_use_case_codes_not_names()
    {
        foreach (var name in CardSamples.Names)
        {
            var sample = CardSamples.Data(name);
            if (sample["caseCode"] is JsonNode code)
            {
                Assert.Matches("^OZA-[0-9A-Z]{4}-[0-9A-Z]{2}$", code.GetValue<string>());
            }

            Assert.False(sample.ContainsKey("initials"), "samples show the group-chat view; initials are added by the tests");
        }
    }
}
