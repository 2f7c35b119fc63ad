using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>
/// Vectors computed by hand (Python hmac/base64) from the documented algorithm:
/// Base64(HMAC-SHA256(Base64Decode(key), UTF8(date + "\n" + "/" + account + path [+ "?comp=…"]))).
/// </summary>
public sealed class SharedKeyLiteSignerTests
{
    [Fact]
    public void Azurite_table_list_vector_doubles_the_account_and_matches_the_documented_signature()
    {
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables");
        const string Date = "Sun, 22 Nov 2026 10:00:00 GMT";

        var stringToSign = SharedKeyLiteSigner.StringToSign(Date, TableAccount.DevelopmentAccountName, uri);

        Assert.Equal("Sun, 22 Nov 2026 10:00:00 GMT\n/devstoreaccount1/devstoreaccount1/Tables", stringToSign);
        Assert.Equal(
            "wrCWEPSSIOX331rYqpHsLzrFV46gvgWfOF1SixInouY=",
            SharedKeyLiteSigner.Signature(Convert.FromBase64String(TableAccount.DevelopmentAccountKey), stringToSign));
    }

    [Fact]
    public void Production_entity_vector_keeps_the_encoded_path_and_only_the_comp_parameter()
    {
        var uri = new Uri("https://myaccount.table.core.windows.net/mytable(PartitionKey='a%20b',RowKey='o''clock%C3%A9')?$filter=x%20eq%201&comp=acl");
        const string Date = "Mon, 23 Nov 2026 08:15:30 GMT";

        var stringToSign = SharedKeyLiteSigner.StringToSign(Date, "myaccount", uri);

        Assert.Equal("Mon, 23 Nov 2026 08:15:30 GMT\n/myaccount/mytable(PartitionKey='a%20b',RowKey='o''clock%C3%A9')?comp=acl", stringToSign);
        Assert.Equal(
            "q/apSTVLa5hpe4pOwCw7XvhBHyaFFjZK9bJctqWyF0s=",
            SharedKeyLiteSigner.Signature(Convert.FromBase64String("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="), stringToSign));
    }

    [Fact]
    public async Task The_authorizer_sends_SharedKeyLite_account_colon_signature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables"));
        var authorizer = new SharedKeyLiteAuthorizer(TableAccount.DevelopmentAccountName, TableAccount.DevelopmentAccountKey);

        await authorizer.AuthorizeAsync(request, "Sun, 22 Nov 2026 10:00:00 GMT", CancellationToken.None);

        Assert.Equal("SharedKeyLite", request.Headers.Authorization!.Scheme);
        Assert.Equal("devstoreaccount1:wrCWEPSSIOX331rYqpHsLzrFV46gvgWfOF1SixInouY=", request.Headers.Authorization.Parameter);
    }
}
