using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Every card exists in English: the same template with each Dutch text replaced by its English, binding the same values.</summary>
public sealed class CardEnglishTests
{
    public static TheoryData<string> Names() => [.. CardSamples.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_card_has_all_its_texts_in_English_and_the_same_layout_and_actions(string name)
    {
        var dutch = CardSamples.Library.Expand(name, CardSamples.Data(name));
        var english = CardSamples.Library.Expand(name, CardSamples.Data(name), "en-US");

        Assert.Empty(DutchWords.In(DutchWords.Readable(CardSamples.Library.Expand(name, Neutral(CardSamples.Data(name)), "en-US"))));
        Assert.Equal(Strip(dutch).ToJsonString(), Strip(english).ToJsonString());
        Assert.Equal(dutch.ToJsonString(), CardSamples.Library.Expand(name, CardSamples.Data(name), "nl-NL").ToJsonString());
    }

    [Fact]
    public void A_text_without_English_or_English_that_binds_other_values_fails_to_load()
    {
        var folder = Directory.CreateTempSubdirectory("cards-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.json"), """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Casus ${caseCode}" } ] }""");
            File.WriteAllText(Path.Combine(folder.FullName, "b.json"), """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Nog niet" } ] }""");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "translations"));
            File.WriteAllText(Path.Combine(folder.FullName, "translations", "english.json"), """{ "Casus ${caseCode}": "Case ${code}" }""");
            var library = new CardTemplateLibrary(folder.FullName);

            Assert.Contains("binds other values", Assert.Throws<CardTemplateException>(() => library.Get("a", "en")).Message, StringComparison.Ordinal);
            Assert.Contains("No English for \"Nog niet\"", Assert.Throws<CardTemplateException>(() => library.Get("b", "en")).Message, StringComparison.Ordinal);
            Assert.NotNull(library.Get("b", "nl"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_refused_submit_names_the_field_as_the_card_does_in_the_conversation_language()
    {
        var data = new JsonObject { ["financer"] = "Bank" };
        var english = new SubmitReader(data, "en-US", label => CardSamples.Library.Text(label, "en-US"));
        var dutch = new SubmitReader(data, "nl-NL", label => CardSamples.Library.Text(label, "nl-NL"));

        english.Enum<Funder>("financer", "Financier");
        dutch.Enum<Funder>("financer", "Financier");

        Assert.Equal("I could not save that: 'Funder' does not have a valid value.", english.ErrorMessage);
        Assert.Equal("Dat kon ik niet opslaan: 'Financier' heeft geen geldige waarde.", dutch.ErrorMessage);
    }

    /// <summary>The sample data with every text replaced by "x": the card's own texts remain, not the sample's Dutch content.</summary>
    private static JsonObject Neutral(JsonObject data) => (JsonObject)Neutral((JsonNode)data)!;

    private static JsonNode? Neutral(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Neutral(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Neutral)]),
        JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create("x"),
        _ => node?.DeepClone(),
    };

    /// <summary>The card without any text at all: its layout, bindings and actions.</summary>
    private static JsonNode Strip(JsonNode card)
    {
        var copy = card.DeepClone();
        Walk(copy);
        return copy;

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out _) && CardTranslation.IsReadable(key))
                        {
                            o[key] = "";
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }


    private enum Funder
    {
        School,
    }
}
