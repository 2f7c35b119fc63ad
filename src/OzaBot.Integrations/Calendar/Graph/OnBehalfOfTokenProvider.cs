using Microsoft.Kiota.Abstractions.Authentication;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>Kiota's token hook for one user's turn: the Graph token on behalf of that user's SSO token.</summary>
internal sealed class OnBehalfOfTokenProvider(OnBehalfOfTokens tokens, string userToken, string baseUrl) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(GraphClients.AllowedHosts(baseUrl));

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        AllowedHostsValidator.IsUrlHostValid(uri) ? tokens.AcquireAsync(userToken, cancellationToken) : Task.FromResult(string.Empty);
}
