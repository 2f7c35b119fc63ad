using Microsoft.Identity.Client;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Exchanges the user's SSO token (audience: the bot's <c>api://…</c> resource) with MSAL's on-behalf-of
/// flow for a Graph token with the delegated scopes. MSAL keeps the Graph tokens in its in-memory cache,
/// keyed by the assertion, and asks Entra again when they expire; nothing is written to disk or state.
/// </summary>
public sealed class OnBehalfOfTokens
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/Calendars.ReadWrite"];

    private readonly IConfidentialClientApplication _app;

    public OnBehalfOfTokens(Uri authorityHost, string tenantId, string clientId, string clientSecret, IMsalHttpClientFactory? httpClientFactory = null)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(clientId)
            .WithClientSecret(clientSecret)
            .WithAuthority(new Uri(authorityHost, tenantId), validateAuthority: false)
            .WithInstanceDiscovery(false);
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        _app = builder.Build();
    }

    public async Task<string> AcquireAsync(string userToken, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenOnBehalfOf(Scopes, new UserAssertion(userToken)).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
