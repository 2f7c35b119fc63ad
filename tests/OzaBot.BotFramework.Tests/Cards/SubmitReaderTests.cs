using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;

namespace OzaBot.BotFramework.Tests.Cards;

public sealed class SubmitReaderTests
{
    public enum Decision
    {
        Doorgaan,
        Bijstellen,
        Afschalen,
        Opschalen,
        Afsluiten,
    }

    /// <summary>An example record as the conversation layer would define one per card (here: the checklist card).</summary>
    private sealed record ChecklistSave(string CaseCode, int Revision, string Step, IReadOnlyDictionary<string, bool> Items, string? Note)
    {
        public static SubmitResult<ChecklistSave> Parse(JsonObject data, string? locale) =>
            SubmitResult.Parse(data, locale, reader => new ChecklistSave(
                reader.Required("caseCode", 16, "casuscode") ?? string.Empty,
                reader.WholeNumber("revision", 0, int.MaxValue, "versie") ?? 0,
                reader.OneOf("step", ["verkennen", "betrekken", "ontwikkelen", "arrangeren", "activeren"], "stap") ?? string.Empty,
                reader.WithPrefix("check-", maxCount: 30, maxLength: 5).ToDictionary(p => p.Key, p => p.Value == "true"),
                reader.Optional("note", 1000, "Notitie")));
    }

    private static JsonObject Valid() => JsonNode.Parse("""
        { "caseCode": "OZA-7K3M-Q9", "revision": 12, "step": "ontwikkelen", "check-beeld": "true", "check-rollen": "false", "note": "  Toestemming volgt dinsdag.  " }
        """)!.AsObject();

    [Fact]
    public void Valid_checklist_submit_becomes_a_typed_record()
    {
        var result = ChecklistSave.Parse(Valid(), "nl-NL");

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("OZA-7K3M-Q9", result.Value!.CaseCode);
        Assert.Equal(12, result.Value.Revision);
        Assert.True(result.Value.Items["beeld"]);
        Assert.False(result.Value.Items["rollen"]);
        Assert.Equal("Toestemming volgt dinsdag.", result.Value.Note);
    }

    [Fact]
    public void Revision_sent_as_text_is_read_too()
    {
        var data = Valid();
        data["revision"] = "13";

        Assert.Equal(13, ChecklistSave.Parse(data, null).Value!.Revision);
    }

    [Fact]
    public void Every_problem_is_listed_in_one_Dutch_message()
    {
        var data = Valid();
        data["note"] = new string('x', 1001);
        data["step"] = "verzinnen";
        data["revision"] = -1;
        data.Remove("caseCode");
        data["isAdmin"] = true;

        var result = ChecklistSave.Parse(data, "nl-NL");

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.StartsWith("Dat kon ik niet opslaan:", result.Error, StringComparison.Ordinal);
        Assert.Contains("'casuscode' ontbreekt.", result.Error, StringComparison.Ordinal);
        Assert.Contains("'versie' moet een geheel getal van 0 tot en met 2147483647 zijn.", result.Error, StringComparison.Ordinal);
        Assert.Contains("'stap' heeft geen geldige waarde.", result.Error, StringComparison.Ordinal);
        Assert.Contains("'Notitie' is te lang (maximaal 1000 tekens).", result.Error, StringComparison.Ordinal);
        Assert.Contains("Onverwacht veld 'isAdmin'.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void English_locale_gets_English_messages()
    {
        var data = Valid();
        data.Remove("caseCode");

        Assert.Contains("'casuscode' is missing.", ChecklistSave.Parse(data, "en-US").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "v": 12 }""")]
    [InlineData("""{ "v": ["a"] }""")]
    [InlineData("""{ "v": { "a": 1 } }""")]
    [InlineData("""{ "v": "a\u0000b" }""")]
    [InlineData("""{ "v": "\u001b[31mrood" }""")]
    public void Text_of_the_wrong_type_or_with_control_characters_is_refused(string json)
    {
        var reader = new SubmitReader(JsonNode.Parse(json)!.AsObject());

        Assert.Null(reader.Optional("v", 100));
        Assert.False(reader.IsValid);
    }

    [Fact]
    public void Line_breaks_in_a_note_are_fine_and_blank_is_absent()
    {
        var reader = new SubmitReader(JsonNode.Parse("""{ "a": "regel 1\nregel 2", "b": "   " }""")!.AsObject());

        Assert.Equal("regel 1\nregel 2", reader.Optional("a", 100));
        Assert.Null(reader.Optional("b", 100));
        Assert.Null(reader.Required("b", 100));
        Assert.Single(reader.Errors);
    }

    [Theory]
    [InlineData("bijstellen", Decision.Bijstellen)]
    [InlineData("AFSLUITEN", Decision.Afsluiten)]
    public void Enum_values_are_read_by_name(string sent, Decision expected)
    {
        var reader = new SubmitReader(new JsonObject { ["decision"] = sent });

        Assert.Equal(expected, reader.Enum<Decision>("decision"));
        Assert.True(reader.IsValid);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("stoppen")]
    [InlineData("")]
    public void Unknown_enum_values_are_refused(string sent)
    {
        var reader = new SubmitReader(new JsonObject { ["decision"] = sent });

        Assert.Null(reader.Enum<Decision>("decision", "Besluit"));
        Assert.Single(reader.Errors);
        Assert.Contains("'Besluit'", reader.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Toggles_must_be_true_or_false()
    {
        var reader = new SubmitReader(new JsonObject { ["a"] = "true", ["b"] = "false", ["c"] = "yes" });

        Assert.True(reader.Toggle("a"));
        Assert.False(reader.Toggle("b"));
        Assert.False(reader.Toggle("c"));
        Assert.Single(reader.Errors);
    }

    [Fact]
    public void Too_many_generated_fields_are_refused()
    {
        var data = new JsonObject();
        for (var i = 0; i < 31; i++)
        {
            data[$"check-{i}"] = "true";
        }

        var reader = new SubmitReader(data);

        Assert.Empty(reader.WithPrefix("check-", 30, 5));
        Assert.Equal("De kaart stuurde te veel gegevens.", Assert.Single(reader.Errors));
    }
}
