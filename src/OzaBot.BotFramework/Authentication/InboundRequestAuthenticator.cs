using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OzaBot.BotFramework.Authentication;

/// <summary>
/// Validates the <c>Authorization</c> header of an inbound activity (botframework-protocol.md §3):
/// Bot Connector tokens (issuer api.botframework.com, audience = our app id, key endorsed for the
/// channel, <c>serviceurl</c> claim = activity.serviceUrl) and Entra-issued tokens (Emulator, Playground
/// with credentials). The token is checked before the body is read; what a channel token says about the
/// activity (endorsement, <c>serviceurl</c>) is checked afterwards by <see cref="BotIdentity.EnsureMatches"/>.
/// Every failure is an <see cref="AuthenticationFailedException"/> (→ 401).
/// </summary>
public sealed class InboundRequestAuthenticator : IDisposable
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly SigningKeyCache _channelKeys;
    private readonly SigningKeyCache _entraKeys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public InboundRequestAuthenticator(BotAuthenticationOptions options, HttpClient metadataClient, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _channelKeys = new SigningKeyCache(metadataClient, options.ChannelOpenIdMetadataUrl, options, time);
        _entraKeys = new SigningKeyCache(metadataClient, options.EntraOpenIdMetadataUrl, options, time);
    }

    /// <summary>
    /// Validates the token alone. Without a header the caller is <see cref="BotIdentity.Anonymous"/> in
    /// development mode (the adapter then accepts loopback serviceUrls only) and refused otherwise.
    /// </summary>
    public async Task<BotIdentity> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.AllowUnauthenticated ? BotIdentity.Anonymous : throw new AuthenticationFailedException("No Authorization header.");
        }

        if (!_options.HasCredentials)
        {
            // As Bot Builder: with no app id configured, no token can be valid for us.
            throw new AuthenticationFailedException("A token was sent but no Bot:AppId is configured.");
        }

        var token = ReadBearer(authorizationHeader);
        if (string.Equals(token.Issuer, _options.ChannelIssuer, StringComparison.Ordinal))
        {
            var key = await ValidateSignatureAndClaimsAsync(token, _channelKeys, [_options.ChannelIssuer], [_options.AppId!], cancellationToken);
            var serviceUrl = token.TryGetClaim("serviceurl", out var claim) ? claim.Value : null;
            return new BotIdentity(false, "urn:botframework:azure") { Channel = new(key.Endorsements, serviceUrl) };
        }

        if (EntraIssuer.TryGetTenant(token.Issuer, out var tenant))
        {
            await ValidateEntraTokenAsync(token, tenant, cancellationToken);
            return new BotIdentity(false, null);
        }

        throw new AuthenticationFailedException("Unknown token issuer.");
    }

    /// <summary>
    /// Validates a person's Entra ID token for this app (a Teams tab's SSO token): Entra issuer of a tenant
    /// (the configured one for a single-tenant app), audience = our app id or its <c>api://</c> resource,
    /// signature by Entra's keys, lifetime. Returns the validated token, for its tenant and group claims.
    /// </summary>
    public async Task<JsonWebToken> AuthenticateUserAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (!_options.HasCredentials)
        {
            throw new AuthenticationFailedException("No Bot:AppId is configured.");
        }

        var token = ReadBearer(authorizationHeader);
        if (!EntraIssuer.TryGetTenant(token.Issuer, out var tenant))
        {
            throw new AuthenticationFailedException("Not an Entra token.");
        }

        EnsureTenantAllowed(tenant);
        var appId = _options.AppId!;
        await ValidateSignatureAndClaimsAsync(token, _entraKeys, [token.Issuer], [appId, "api://" + appId], cancellationToken);
        return token;
    }

    private JsonWebToken ReadBearer(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new AuthenticationFailedException("Authorization is not a Bearer token.");
        }

        try
        {
            return _handler.ReadJsonWebToken(authorizationHeader[scheme.Length..].Trim());
        }
        catch (ArgumentException ex)
        {
            throw new AuthenticationFailedException("Malformed token.", ex);
        }
    }

    private void EnsureTenantAllowed(string tenant)
    {
        var pinnedTenant = _options.AppType == BotAppType.MultiTenant ? null : _options.TenantId;
        if (pinnedTenant is not null && !string.Equals(pinnedTenant, tenant, StringComparison.OrdinalIgnoreCase))
        {
            throw new AuthenticationFailedException("Token from another tenant.");
        }
    }

    private async Task ValidateEntraTokenAsync(JsonWebToken token, string tenant, CancellationToken cancellationToken)
    {
        EnsureTenantAllowed(tenant);
        var appId = _options.AppId!;
        await ValidateSignatureAndClaimsAsync(token, _entraKeys, [token.Issuer], [appId, "api://" + appId], cancellationToken);

        if (!token.TryGetClaim("ver", out var ver))
        {
            throw new AuthenticationFailedException("Entra token without ver claim.");
        }

        var callerAppClaim = ver.Value == "2.0" ? "azp" : "appid";
        if (!token.TryGetClaim(callerAppClaim, out var callerApp) || !string.Equals(callerApp.Value, appId, StringComparison.OrdinalIgnoreCase))
        {
            throw new AuthenticationFailedException("Entra token issued to another application.");
        }
    }

    private async Task<SigningKeyCache.SigningKey> ValidateSignatureAndClaimsAsync(
        JsonWebToken token, SigningKeyCache keys, string[] issuers, string[] audiences, CancellationToken cancellationToken)
    {
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            throw new AuthenticationFailedException("Token algorithm not allowed.");
        }

        SigningKeyCache.SigningKey? key;
        try
        {
            key = await keys.FindAsync(token.Kid ?? string.Empty, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException)
        {
            throw new AuthenticationFailedException("Signing keys unavailable.", ex);
        }

        if (key is null)
        {
            throw new AuthenticationFailedException("Unknown signing key.");
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key.Key,
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = _options.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            LifetimeValidator = ValidateLifetime,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            throw new AuthenticationFailedException("Token validation failed: " + result.Exception?.GetType().Name, result.Exception ?? new SecurityTokenException());
        }

        return key;
    }

    // Uses our TimeProvider rather than the wall clock, so expiry is testable with fake time.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + _options.ClockSkew &&
               (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - _options.ClockSkew);
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }
}
