using System.Net.Http.Headers;
using Azure.Core;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Microsoft Entra ID: a bearer token for <c>https://storage.azure.com/.default</c> from any
/// <see cref="TokenCredential"/> (managed identity in production), cached until shortly before it expires.
/// The identity needs the role "Storage Table Data Contributor" on the account or table.
/// </summary>
internal sealed class TokenCredentialAuthorizer(TokenCredential credential, TimeProvider time) : ITableRequestAuthorizer, IDisposable
{
    public const string Scope = "https://storage.azure.com/.default";

    // Refresh early so a token never expires between signing and the service checking it.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _token;

    public async ValueTask AuthorizeAsync(HttpRequestMessage request, string date, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
    }

    public void Dispose() => _refresh.Dispose();

    private async ValueTask<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && IsFresh(cached))
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } again && IsFresh(again))
            {
                return again;
            }

            var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            _token = token;
            return token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsFresh(AccessToken token) => token.ExpiresOn - RefreshMargin > time.GetUtcNow();
}
