using OzaBot.BotFramework.Authentication;

namespace OzaBot.BotFramework.Connector;

/// <summary>
/// Creates a <see cref="ConnectorClient"/> for the service URL of a validated activity. In development
/// mode only loopback URLs are called, and anonymous callers never receive a token.
/// </summary>
public sealed class ConnectorClientFactory(
    HttpClient http,
    IConnectorTokenProvider tokens,
    BotAuthenticationOptions authOptions,
    ConnectorOptions options,
    TimeProvider time)
{
    private static readonly NoConnectorToken NoToken = new();

    public ConnectorClient Create(string serviceUrl, BotIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (authOptions.AllowUnauthenticated && !LoopbackAddresses.IsLoopbackUrl(serviceUrl))
        {
            throw new InvalidOperationException("Development mode only calls loopback service URLs.");
        }

        return new ConnectorClient(http, serviceUrl, identity.IsAnonymous ? NoToken : tokens, options, time);
    }
}
