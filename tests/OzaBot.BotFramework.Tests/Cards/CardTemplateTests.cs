using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>The engine refuses what is outside the documented subset, at load time.</summary>
public sealed class CardTemplateTests
{
    [Theory]
    [InlineData("""{ "a": "${if(x, 1, 2)}" }""", "function 'if'")]
    [InlineData("""{ "a": "${formatDateTime(d)}" }""", "function 'formatDateTime'")]
    [InlineData("""{ "a": "${n + 1}" }""", "unexpected '+'")]
    [InlineData("""{ "a": "${$host.x}" }""", "$host")]
    [InlineData("""{ "a": "${items[0]}" }""", "may not end with an index")]
    [InlineData("""{ "a": "${a == b == c}" }""", "chained comparison")]
    [InlineData("""{ "a": "${x" }""", "Unclosed")]
    [InlineData("""{ "a": "${}" }""", "unexpected end")]
    [InlineData("""{ "a": "`${x}`" }""", "may not contain")]
    [InlineData("""{ "a": "C:\\${x}" }""", "may not contain")]
    [InlineData("""{ "$when": "true", "a": 1 }""", "$when must be")]
    [InlineData("""{ "$when": "${true}", "a": 1 }""", "$when must be")]
    [InlineData("""{ "$data": [1, 2], "a": 1 }""", "$data must be")]
    [InlineData("""{ "$data": "items", "a": 1 }""", "$data must be")]
    [InlineData("""{ "a": "${'open}" }""", "Unclosed")]
    public void Syntax_outside_the_subset_is_refused_when_loading(string template, string expected)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse(template));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_inside_interpolated_text_fails_like_the_official_engine()
    {
        var template = CardTemplate.Parse("""{ "a": "Hi ${name}" }""");

        Assert.Throws<CardTemplateException>(() => template.Expand(JsonNode.Parse("""{ "name": null }""")));
    }

    [Fact]
    public void Expansion_does_not_share_nodes_with_the_data_and_can_repeat()
    {
        var template = CardTemplate.Parse("""{ "o": "${o}", "list": [ { "$data": "${items}", "v": "${$data}" } ] }""");
        var data = JsonNode.Parse("""{ "o": { "a": 1 }, "items": ["x", "y"] }""");

        var first = template.Expand(data)!;
        first["o"]!["a"] = 2;
        var second = template.Expand(data)!;

        Assert.Equal(1, data!["o"]!["a"]!.GetValue<int>());
        Assert.Equal("""{"o":{"a":1},"list":[{"v":"x"},{"v":"y"}]}""", second.ToJsonString());
    }

    [Fact]
    public void Typed_data_binds_through_a_source_generated_type_info()
    {
        var template = CardTemplate.Parse("""{ "text": "Casus ${caseCode}, versie ${revision}" }""");

        var card = template.Expand(new SampleData("OZA-7K3M-Q9", 4), SampleJsonContext.Default.SampleData);

        Assert.Equal("Casus OZA-7K3M-Q9, versie 4", card!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Library_caches_templates_and_refuses_path_like_names()
    {
        var library = new CardTemplateLibrary(CardSamples.Folder);

        Assert.Same(library.Get("plan"), library.Get("plan"));
        Assert.Throws<ArgumentException>(() => library.Get("../secrets"));
        Assert.Throws<ArgumentException>(() => library.Get("Plan"));
        Assert.DoesNotContain(library.Names, n => n.EndsWith(".data", StringComparison.Ordinal));
        Assert.Contains("plan", library.Names);
    }

    [Fact]
    public void Parallel_expansion_of_one_template_gives_identical_cards()
    {
        var template = CardSamples.Library.Get("plan");
        var data = CardSamples.Data("plan");
        var expected = template.Expand(data)!.ToJsonString();

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => template.Expand(data)!.ToJsonString()).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
