using Azure.Core;

namespace OzaBot.Integrations.Tests.Calendar.GraphStandIn;

/// <summary>Stands in for Entra: always the same token, which the stand-in checks.</summary>
internal sealed class StaticTokenCredential : TokenCredential
{
    public int Requests { get; private set; }

    public IReadOnlyList<string> LastScopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Requests++;
        LastScopes = requestContext.Scopes;
        return new AccessToken(GraphStandInServer.Token, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
