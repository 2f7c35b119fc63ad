using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

public sealed class TableConnectionStringTests
{
    private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "http://127.0.0.1:10002/devstoreaccount1", "devstoreaccount1")]
    [InlineData("UseDevelopmentStorage=true;", "http://127.0.0.1:10002/devstoreaccount1", "devstoreaccount1")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Key + ";TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", "http://127.0.0.1:10002/devstoreaccount1", "devstoreaccount1")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=ozabot;AccountKey=" + Key + ";EndpointSuffix=core.windows.net", "https://ozabot.table.core.windows.net/", "ozabot")]
    [InlineData("AccountName=ozabot;AccountKey=" + Key, "https://ozabot.table.core.windows.net/", "ozabot")]
    [InlineData("accountname=ozabot;accountkey=" + Key + ";endpointsuffix=core.chinacloudapi.cn", "https://ozabot.table.core.chinacloudapi.cn/", "ozabot")]
    [InlineData("AccountKey=" + Key + ";TableEndpoint=http://127.0.0.1:41234/acct2/", "http://127.0.0.1:41234/acct2", "acct2")]
    [InlineData("AccountKey=" + Key + ";TableEndpoint=https://other.table.core.windows.net", "https://other.table.core.windows.net/", "other")]
    [InlineData("AccountName=ozabot;AccountKey=" + Key + ";BlobEndpoint=https://x.blob.core.windows.net;TableEndpoint=https://custom.example:8443", "https://custom.example:8443/", "ozabot")]
    public void Parses_endpoint_and_account(string connectionString, string endpoint, string account)
    {
        var parsed = TableConnectionString.Parse(connectionString);

        Assert.Equal(new Uri(endpoint), parsed.TableEndpoint);
        Assert.Equal(account, parsed.AccountName);
        Assert.NotNull(parsed.AccountKey);
    }

    [Fact]
    public void Keeps_base64_padding_in_the_key()
    {
        Assert.Equal(Key, TableConnectionString.Parse("AccountName=a1b;AccountKey=" + Key).AccountKey);
        Assert.Equal(TableAccount.DevelopmentAccountKey, TableConnectionString.Parse("UseDevelopmentStorage=true").AccountKey);
    }

    [Theory]
    [InlineData("AccountName=ozabot")] // no key
    [InlineData("AccountName=ozabot;AccountKey=" + Key + ";AccountName=other")] // duplicate
    [InlineData("AccountKey=" + Key)] // no account, no endpoint
    [InlineData("AccountName=ozabot;AccountKey=not base64!")]
    [InlineData("TableEndpoint=https://x.table.core.windows.net;SharedAccessSignature=sv=2020&sig=abc")]
    [InlineData("just-some-text")]
    public void Rejects_incomplete_or_ambiguous_strings(string connectionString)
    {
        Assert.Throws<FormatException>(() => TableConnectionString.Parse(connectionString));
    }

    [Fact]
    public void Error_messages_never_contain_the_key()
    {
        var error = Assert.Throws<FormatException>(() => TableConnectionString.Parse("AccountName=a;AccountKey=" + Key + ";AccountName=b"));
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }
}
