using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OzaBot.Testing.Channel;

/// <summary>
/// RSA test keys the stand-in publishes, and tokens signed with them the way the Bot Connector
/// (issuer api.botframework.com, <c>serviceurl</c> claim, endorsed key) and Entra sign theirs.
/// </summary>
public sealed class TestSigningKeys
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private static readonly Lazy<TestSigningKeys> LazyShared = new(() => new TestSigningKeys());

    /// <summary>One set for all tests: RSA key generation is slow and the keys carry no state.</summary>
    public static TestSigningKeys Shared => LazyShared.Value;

    /// <summary>Published for the channel, endorsed for msteams and the Playground's channels.</summary>
    public RsaSecurityKey Channel { get; } = NewKey("channel-key");

    /// <summary>Published for the channel, but endorsed only for another channel.</summary>
    public RsaSecurityKey NotEndorsed { get; } = NewKey("skype-only-key");

    /// <summary>Published on the Entra JWKS (no endorsements there).</summary>
    public RsaSecurityKey Entra { get; } = NewKey("entra-key");

    /// <summary>Never published: signs forgeries. Same key id as <see cref="Channel"/>.</summary>
    public RsaSecurityKey Forger { get; } = NewKey("channel-key");

    public JsonObject ChannelJwks() => Jwks((Channel, new[] { "msteams", "directline", "webchat", "emulator" }), (NotEndorsed, new[] { "skype" }));

    public JsonObject EntraJwks() => Jwks((Entra, null));

    public string ChannelToken(
        RsaSecurityKey? key = null,
        string? audience = null,
        string? serviceUrl = null,
        string issuer = ChannelIssuer,
        DateTimeOffset? expires = null,
        DateTimeOffset? now = null)
    {
        var issuedAt = now ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Sign(key ?? Channel, issuer, audience ?? "test-app-id", claims, issuedAt, expires ?? issuedAt.AddHours(1));
    }

    public string EntraToken(string tenantId, string appId, string audience, string version = "2.0", DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        var issuer = version == "2.0" ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/";
        var claims = new Dictionary<string, object> { ["ver"] = version, ["tid"] = tenantId, [version == "2.0" ? "azp" : "appid"] = appId };
        return Sign(Entra, issuer, audience, claims, now, expires ?? now.AddHours(1));
    }

    /// <summary>The Teams client's app id: the <c>azp</c> of a tab's SSO token.</summary>
    public const string TeamsClientAppId = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

    /// <summary>A person's v2.0 token for our app as Teams tab SSO gets it, with their tenant and group object ids.</summary>
    public string TabToken(string tenantId, string audience, string[] groups, RsaSecurityKey? key = null, DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object> { ["ver"] = "2.0", ["tid"] = tenantId, ["azp"] = TeamsClientAppId, ["groups"] = groups };
        return Sign(key ?? Entra, $"https://login.microsoftonline.com/{tenantId}/v2.0", audience, claims, now, expires ?? now.AddHours(1));
    }

    private static string Sign(RsaSecurityKey key, string issuer, string audience, Dictionary<string, object> claims, DateTimeOffset now, DateTimeOffset expires)
    {
        var notBefore = (expires < now ? expires : now).UtcDateTime.AddMinutes(-5);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private static JsonObject Jwks(params (RsaSecurityKey Key, string[]? Endorsements)[] keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array };
    }
}
