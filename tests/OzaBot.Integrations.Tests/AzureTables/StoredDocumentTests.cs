using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

public sealed class StoredDocumentTests
{
    [Fact]
    public void An_incompressible_document_is_split_over_numbered_properties_of_one_entity_and_round_trips()
    {
        var json = RandomJson(300_000);

        var entity = StoredDocument.ToEntity("msteams/conversations/a", json);

        var parts = entity.GetInt32(StoredDocument.PartsProperty)!.Value;
        Assert.True(parts > 1);
        Assert.All(Enumerable.Range(0, parts), i => Assert.True(entity.GetBinary("Part" + i)!.Length <= StoredDocument.PartBytes));
        Assert.Equal(json, StoredDocument.FromEntity("msteams/conversations/a", entity));
    }

    [Fact]
    public void A_document_that_cannot_fit_one_entity_is_refused_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => StoredDocument.ToEntity("case/K7Q2", RandomJson(1_500_000)));

        Assert.Contains("'case/K7Q2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1,048,576 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_stored_under_another_key_is_not_returned()
    {
        var entity = StoredDocument.ToEntity("one", "{}");

        Assert.Null(StoredDocument.FromEntity("two", entity));
    }

    [Fact]
    public void The_empty_document_is_one_part()
    {
        var entity = StoredDocument.ToEntity("k", string.Empty);

        Assert.Equal(1, entity.GetInt32(StoredDocument.PartsProperty));
        Assert.Equal(string.Empty, StoredDocument.FromEntity("k", entity));
    }

    private static string RandomJson(int bytes)
    {
        var random = new Random(7);
        var data = new byte[bytes * 3 / 4];
        random.NextBytes(data);
        return "{\"data\":\"" + Convert.ToBase64String(data) + "\"}";
    }
}
