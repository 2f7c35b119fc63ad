using System.Text;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.AzureTables;

public sealed class TableKeyCodecTests
{
    private static readonly string[] KeyNames =
    [
        .. StorageContractTests.AwkwardKeyNames,
        "msteams/users/29:1abc",
        "~7E already looks encoded ~u002F ~h",
        "",
    ];

    public static TheoryData<string> Keys { get; } = new(KeyNames);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Encoding_is_a_valid_row_key_and_decodes_to_the_original(string key)
    {
        var rowKey = TableKeyCodec.Encode(key);

        Assert.True(rowKey.Length <= TableKeyCodec.MaxKeyLength && Encoding.UTF8.GetByteCount(rowKey) <= TableKeyCodec.MaxKeyLength);
        Assert.DoesNotContain(rowKey, TableKeyCodec.IsForbiddenInKey);
        Assert.Equal(key, TableKeyCodec.Decode(rowKey));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_so_the_key_can_go_into_a_URL()
    {
        var key = "lone \ud800 high and \udc00 low surrogate";

        var rowKey = TableKeyCodec.Encode(key);

        Assert.Equal("lone ~uD800 high and ~uDC00 low surrogate", rowKey);
        Assert.Equal(key, TableKeyCodec.Decode(rowKey));
    }

    [Fact]
    public void Distinct_keys_encode_distinctly()
    {
        Assert.Equal(KeyNames.Length, KeyNames.Select(TableKeyCodec.Encode).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Readable_keys_stay_readable()
    {
        Assert.Equal("msteams~2Fconversations~2F19:abc@thread.v2", TableKeyCodec.Encode("msteams/conversations/19:abc@thread.v2"));
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(1025, true)]
    public void Keys_over_1_KiB_become_a_hash_the_entity_resolves(int length, bool hashed)
    {
        var key = new string('k', length);

        var rowKey = TableKeyCodec.Encode(key);

        Assert.True(rowKey.Length <= TableKeyCodec.MaxKeyLength && Encoding.UTF8.GetByteCount(rowKey) <= TableKeyCodec.MaxKeyLength);
        Assert.DoesNotContain(rowKey, TableKeyCodec.IsForbiddenInKey);
        Assert.Equal(hashed, TableKeyCodec.Decode(rowKey) is null);
        Assert.NotEqual(TableKeyCodec.Encode(key + "x"), rowKey);
    }

    [Fact]
    public void The_byte_limit_counts_too_not_only_characters()
    {
        var key = new string('é', 600); // 600 characters, 1,200 UTF-8 bytes

        Assert.Null(TableKeyCodec.Decode(TableKeyCodec.Encode(key)));
        Assert.True(Encoding.UTF8.GetByteCount(key) > TableKeyCodec.MaxKeyLength);
    }

    [Fact]
    public void Partitions_are_two_hex_digits_and_stable()
    {
        var partition = TableKeyCodec.PartitionFor("msteams/conversations/a");

        Assert.Matches("^[0-9A-F]{2}$", partition);
        Assert.Equal(partition, TableKeyCodec.PartitionFor("msteams/conversations/a"));
    }
}
