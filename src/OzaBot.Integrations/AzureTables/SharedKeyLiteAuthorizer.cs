using System.Net.Http.Headers;

namespace OzaBot.Integrations.AzureTables;

/// <summary>Signs each request with the account key (connection strings, Azurite).</summary>
internal sealed class SharedKeyLiteAuthorizer(string accountName, string accountKey) : ITableRequestAuthorizer
{
    private readonly byte[] _key = Convert.FromBase64String(accountKey);

    public ValueTask AuthorizeAsync(HttpRequestMessage request, string date, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("request has no URI");
        var signature = SharedKeyLiteSigner.Signature(_key, SharedKeyLiteSigner.StringToSign(date, accountName, uri));
        request.Headers.Authorization = new AuthenticationHeaderValue(SharedKeyLiteSigner.Scheme, accountName + ":" + signature);
        return ValueTask.CompletedTask;
    }
}
