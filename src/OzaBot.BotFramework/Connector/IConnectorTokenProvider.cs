using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;
using OzaBot.BotFramework.Authentication;

namespace OzaBot.BotFramework.Connector;

/// <summary>Gets the Bearer token the bot sends to the Bot Connector; null means "send no token".</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Development mode: the Playground and local stand-ins expect no token.</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

/// <summary>
/// Client-credentials tokens through MSAL, from the tenant's authority for SingleTenant (a multi-tenant
/// app uses botframework.com). One MSAL application per process, so its app-token cache serves repeat calls.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalConnectorTokenProvider(BotAuthenticationOptions options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = options.AppType == BotAppType.MultiTenant ? "botframework.com" : options.TenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithClientSecret(options.AppPassword)
            .WithAuthority(new Uri(options.AuthorityHost, tenant), validateAuthority: false)
            .WithInstanceDiscovery(false);
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        _app = builder.Build();
        _scopes = [options.ConnectorScope];
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}

/// <summary>UserAssignedMSI: the managed identity (client id = the bot's app id) is the credential.</summary>
public sealed class ManagedIdentityConnectorTokenProvider(BotAuthenticationOptions options, TokenCredential? credential = null) : IConnectorTokenProvider
{
    private readonly TokenCredential _credential = credential ?? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId));
    private readonly string[] _scopes = [options.ConnectorScope];

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        // Azure.Identity caches managed-identity tokens until shortly before expiry.
        var token = await _credential.GetTokenAsync(new TokenRequestContext(_scopes), cancellationToken);
        return token.Token;
    }
}
