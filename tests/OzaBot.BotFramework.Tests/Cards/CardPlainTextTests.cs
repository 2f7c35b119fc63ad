using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;

namespace OzaBot.BotFramework.Tests.Cards;

public sealed class CardPlainTextTests
{
    internal static string Render(string name) => CardPlainText.Render(CardSamples.Library.Expand(name, CardSamples.Data(name)));

    public static TheoryData<string> Names() => [.. CardSamples.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_card_renders_without_template_leftovers(string name)
    {
        var text = Render(name);

        Assert.NotEmpty(text);
        Assert.DoesNotContain("${", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_guidance_shows_toggles_as_checkboxes_and_the_note_input()
    {
        var text = Render("step-guidance");

        Assert.Contains("Checklistpunt 1: [x] Gezamenlijk beeld van de ondersteuningsbehoefte", text, StringComparison.Ordinal);
        Assert.Contains("Checklistpunt 3: [ ] Rol en taak van elke partner vastgelegd", text, StringComparison.Ordinal);
        Assert.Contains("Notitie bij deze stap (geen namen of diagnoses):", text, StringComparison.Ordinal);
        Assert.Contains("[Checklist opslaan]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_shows_facts_and_the_progress_line()
    {
        var text = Render("plan");

        Assert.Contains("✓ Verkennen | ✓ Betrekken | ▶ Ontwikkelen (nu) | ○ Arrangeren | ○ Activeren", text, StringComparison.Ordinal);
        Assert.Contains("Procesregisseur: Gebiedsteam Noord (procesregisseur)", text, StringComparison.Ordinal);
        Assert.Contains("Jeugdwet: Ambulante jeugdhulp thuis · Gemeente · status: beschikking aangevraagd", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_show_their_titles_and_the_selection()
    {
        var text = Render("meeting-proposal");

        Assert.Contains("Welk tijdstip past?:", text, StringComparison.Ordinal);
        Assert.Contains("( ) di 1 dec 2026, 14:00–15:00", text, StringComparison.Ordinal);

        var card = CardSamples.Library.Expand("meeting-proposal", CardSamples.Data("meeting-proposal"));
        CardRules.Descendants(card).Single(o => o["id"]?.ToString() == "slot")["value"] = "s2";
        Assert.Contains("(x) wo 2 dec 2026, 09:00–10:00", CardPlainText.Render(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_keep_their_url_and_hidden_elements_are_left_out()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "zichtbaar" },
                new JsonObject { ["type"] = "TextBlock", ["text"] = "verborgen", ["isVisible"] = false },
                new JsonObject { ["type"] = "Image", ["url"] = "https://example.nl/a.png", ["altText"] = "Logo" }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open", ["url"] = "https://example.nl" }),
        };

        Assert.Equal("zichtbaar\n[Logo]\n[Open: https://example.nl]", CardPlainText.Render(card));
    }
}
