using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>Azurite does not enforce these limits, so these checks are all that stands between a green test run and a 400 in Azure.</summary>
public sealed class TableLimitsTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u007fb")]
    [InlineData("a\u009fb")]
    public void Forbidden_key_characters_are_rejected(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => TableLimits.ValidateKey(key, "RowKey"));
        Assert.Contains("forbids", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_limited_to_1024_characters_and_bytes()
    {
        TableLimits.ValidateKey(new string('a', 1024), "RowKey");
        Assert.Throws<ArgumentException>(() => TableLimits.ValidateKey(new string('a', 1025), "RowKey"));
        Assert.Throws<ArgumentException>(() => TableLimits.ValidateKey(new string('é', 513), "RowKey"));
    }

    [Fact]
    public void At_most_252_custom_properties()
    {
        var entity = Entity(252);
        TableLimits.Validate(entity);

        entity["P252"] = 1;
        var error = Assert.Throws<ArgumentException>(() => TableLimits.Validate(entity));
        Assert.Contains("253 properties", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_property_holds_at_most_32767_characters()
    {
        var entity = new TableEntity("p", "r") { ["Text"] = new string('x', TableLimits.MaxStringLength) };
        TableLimits.Validate(entity);

        entity["Text"] = new string('x', TableLimits.MaxStringLength + 1);
        var error = Assert.Throws<ArgumentException>(() => TableLimits.Validate(entity));
        Assert.Contains("'Text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_property_holds_less_than_64_KiB()
    {
        var entity = new TableEntity("p", "r") { ["Bytes"] = new byte[TableLimits.MaxPropertyBytes] };
        TableLimits.Validate(entity);

        entity["Bytes"] = new byte[64 * 1024];
        Assert.Throws<ArgumentException>(() => TableLimits.Validate(entity));
    }

    [Fact]
    public void The_whole_entity_holds_at_most_1_MiB()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 16; i++)
        {
            entity["B" + i] = new byte[64_000];
        }

        TableLimits.Validate(entity); // 16 × 64,000 + overhead < 1,048,576

        entity["B16"] = new byte[64_000];
        var error = Assert.Throws<ArgumentException>(() => TableLimits.Validate(entity));
        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("with-dash")]
    [InlineData("1digitFirst")]
    [InlineData("")]
    [InlineData("Timestamp")]
    [InlineData("has space")]
    public void Property_names_are_identifiers(string name)
    {
        Assert.Throws<ArgumentException>(() => TableLimits.Validate(new TableEntity("p", "r") { [name] = 1 }));
    }

    [Fact]
    public void Entity_size_follows_the_documented_formula()
    {
        // 4 + 2·|PK| + 2·|RK| + Σ (8 + 2·|name| + value): "ab" string = 2·2 + 4; Int32 = 4.
        var entity = new TableEntity("pk", "rk") { ["S"] = "ab", ["N"] = 7 };
        Assert.Equal(4 + 4 + 4 + (8 + 2 + 8) + (8 + 2 + 4), TableLimits.EntitySize(entity));
    }

    private static TableEntity Entity(int properties)
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < properties; i++)
        {
            entity["P" + i] = i;
        }

        return entity;
    }
}
