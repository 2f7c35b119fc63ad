using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests;

/// <summary>The English tests' Dutch detector: it must find Dutch prose and nothing in a random link token or case code.</summary>
public sealed class DutchWordsTests
{
    [Fact]
    public void A_link_whose_token_spells_a_Dutch_abbreviation_is_not_Dutch()
    {
        // The token of an export link that once failed CI: "VR" is Friday in Dutch.
        var text = "- readable summary: http://127.0.0.1:3978/export/NmYwYzJiOGUtMWI3YS00YzNlLTlhNTEtMGQ2YTNjOWI3ZTIxCk9aQS1VR0gzLURHCmFQMl9.html";

        Assert.Empty(DutchWords.In(text));
    }

    [Fact]
    public void A_case_code_that_spells_a_Dutch_word_is_not_Dutch() =>
        Assert.Empty(DutchWords.In("Case **OZA-DE3K-EN** is closed."));

    [Fact]
    public void Dutch_beside_a_link_is_still_found()
    {
        var found = DutchWords.In("Bekijk http://127.0.0.1/export/abc.html voor de export.");

        Assert.Equal(["Bekijk", "voor", "de"], found.Select(f => f[1..f.IndexOf('\'', 1)]));
    }
}
