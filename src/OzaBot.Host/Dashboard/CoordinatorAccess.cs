using Microsoft.IdentityModel.JsonWebTokens;
using OzaBot.BotFramework.Authentication;
using OzaBot.Host.Configuration;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// Who may see the dashboard: a person whose Entra ID token (the Teams tab's SSO token) is valid for this app
/// and whose <c>groups</c> claim holds the coordinator group configured for their tenant
/// (<c>Dashboard:CoordinatorGroups:&lt;tenant id&gt;</c>). Anyone else gets no tenant (→ 403).
/// </summary>
internal sealed class CoordinatorAccess(InboundRequestAuthenticator authenticator, IConfiguration configuration)
{
    /// <summary>The coordinator's tenant, or null when the request may not see figures.</summary>
    public async Task<string?> TenantAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        JsonWebToken token;
        try
        {
            token = await authenticator.AuthenticateUserAsync(authorizationHeader, cancellationToken);
        }
        catch (AuthenticationFailedException)
        {
            return null;
        }

        if (!token.TryGetClaim("tid", out var tid) || configuration[ConfigurationKeys.DashboardCoordinatorGroups + ":" + tid.Value] is not { Length: > 0 } group)
        {
            return null;
        }

        var groups = token.Claims.Where(c => c.Type == "groups").Select(c => c.Value);
        return groups.Contains(group, StringComparer.OrdinalIgnoreCase) ? tid.Value : null;
    }
}
