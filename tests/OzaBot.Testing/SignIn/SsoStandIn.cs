using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OzaBot.Testing.SignIn;

/// <summary>
/// A loopback stand-in (real Kestrel on 127.0.0.1) for the two cloud services behind Teams SSO:
/// the Bot Framework Token Service (<c>api/botsignin/GetSignInResource</c>, <c>api/usertoken/exchange</c>,
/// <c>GetToken</c> with or without a magic code, <c>SignOut</c>; query strings and bodies as the Bot Framework
/// sends them, a bot bearer token required) and Entra's token endpoint answering the on-behalf-of grant
/// (<c>urn:ietf:params:oauth:grant-type:jwt-bearer</c> with <c>requested_token_use=on_behalf_of</c>), which
/// refuses an assertion it did not issue, or one that expired, with <c>invalid_grant</c>; it also gives the bot
/// its own client-credentials token, as Entra does for the same app.
/// </summary>
public sealed class SsoStandIn : IAsyncDisposable
{
    public const string ConnectionName = "ozabot-sso";
    public const string ClientId = "00000000-0000-0000-0000-0000000000b0";
    public const string ClientSecret = "stand-in-secret";
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Person> _ssoTokens = new();
    private readonly ConcurrentDictionary<string, Person> _apiTokens = new();
    private readonly ConcurrentDictionary<string, string> _stored = new();
    private readonly ConcurrentDictionary<string, Person> _magicCodes = new();

    private int _onBehalfOfGrants;

    private SsoStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every request, as "METHOD path?query" (no bodies: they hold tokens).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Exchanges fail (as when the user has not consented): the bot must answer 412.</summary>
    public bool RefuseExchanges { get; set; }

    /// <summary>Called with each Graph token Entra issues on behalf of a user and that user's address (the Graph stand-in's /me).</summary>
    public Action<string, string>? GraphTokenIssued { get; set; }

    public int OnBehalfOfGrants => Volatile.Read(ref _onBehalfOfGrants);

    public static async Task<SsoStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var standIn = new SsoStandIn(builder.Build());
        standIn.MapRoutes();
        await standIn._app.StartAsync();
        standIn.BaseUrl = standIn._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return standIn;
    }

    /// <summary>The token Teams would get for the bot's api:// resource for this user (what a tokenExchange invoke carries).</summary>
    public string IssueSsoToken(string userId, string address)
    {
        var token = "sso-" + Guid.NewGuid().ToString("N");
        _ssoTokens[token] = new Person(userId, address);
        return token;
    }

    /// <summary>The magic code the fallback sign-in page would show this user.</summary>
    public string IssueMagicCode(string userId, string address)
    {
        var code = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _magicCodes[code] = new Person(userId, address);
        return code;
    }

    /// <summary>Lets the user's stored token expire at Entra: the next on-behalf-of grant with it is refused.</summary>
    public void ExpireTokensOf(string userId)
    {
        foreach (var (token, person) in _apiTokens)
        {
            if (person.UserId == userId)
            {
                _apiTokens[token] = person with { Expired = true };
            }
        }
    }

    public bool HasStoredToken(string userId) => _stored.ContainsKey(userId);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        _app.Use(async (http, next) =>
        {
            Requests.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
            await next(http);
        });
        _app.MapGet("/api/botsignin/GetSignInResource", SignInResource);
        _app.MapPost("/api/usertoken/exchange", ExchangeAsync);
        _app.MapGet("/api/usertoken/GetToken", GetToken);
        _app.MapDelete("/api/usertoken/SignOut", SignOut);
        _app.MapPost("/{tenant}/oauth2/v2.0/token", OnBehalfOfAsync);
    }

    private static IResult? RefuseCaller(HttpRequest request)
    {
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Results.Unauthorized();
        }

        return request.Query["connectionName"] == ConnectionName && !string.IsNullOrEmpty(request.Query["userId"]) && !string.IsNullOrEmpty(request.Query["channelId"])
            ? null
            : Results.BadRequest(Error("BadArgument", "userId, connectionName and channelId are required"));
    }

    private IResult SignInResource(HttpRequest request)
    {
        var state = JsonNode.Parse(Convert.FromBase64String(request.Query["state"].ToString()));
        if ((string?)state?["connectionName"] != ConnectionName || state?["conversation"]?["conversation"]?["id"] is null)
        {
            return Results.BadRequest(Error("BadArgument", "state must carry the connection and the conversation"));
        }

        return Results.Json(new
        {
            signInLink = BaseUrl + "/api/oauth/signin?signin=" + Guid.NewGuid().ToString("N"),
            tokenExchangeResource = new { id = Guid.NewGuid().ToString(), uri = "api://ozabot.example/botid-" + ClientId, providerId = Guid.NewGuid().ToString() },
        });
    }

    private async Task<IResult> ExchangeAsync(HttpRequest request)
    {
        if (RefuseCaller(request) is { } refused)
        {
            return refused;
        }

        var body = await JsonNode.ParseAsync(request.Body);
        var sso = (string?)body?["token"] ?? string.Empty;
        if (RefuseExchanges || !_ssoTokens.TryGetValue(sso, out var person) || person.UserId != request.Query["userId"])
        {
            return Results.BadRequest(Error("ServiceError", "The token could not be exchanged"));
        }

        return Results.Json(Store(request, person));
    }

    private IResult GetToken(HttpRequest request)
    {
        if (RefuseCaller(request) is { } refused)
        {
            return refused;
        }

        var userId = request.Query["userId"].ToString();
        var code = request.Query["code"].ToString();
        if (code.Length > 0)
        {
            return _magicCodes.TryRemove(code, out var person) && person.UserId == userId ? Results.Json(Store(request, person)) : Results.NotFound();
        }

        return _stored.TryGetValue(userId, out var token) ? Results.Json(Response(request, token)) : Results.NotFound();
    }

    private IResult SignOut(HttpRequest request)
    {
        if (RefuseCaller(request) is { } refused)
        {
            return refused;
        }

        _stored.TryRemove(request.Query["userId"].ToString(), out _);
        return Results.Ok();
    }

    private async Task<IResult> OnBehalfOfAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] == "client_credentials" && form["client_id"] == ClientId && form["client_secret"] == ClientSecret)
        {
            // The bot's own token (for the Connector and the Token Service), as Entra issues it to the same app.
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "bot-token" });
        }

        if (form["grant_type"] != JwtBearer || form["requested_token_use"] != "on_behalf_of" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || !form["scope"].ToString().Contains("https://graph.microsoft.com/Calendars.ReadWrite", StringComparison.Ordinal))
        {
            return Results.Json(new { error = "invalid_request", error_description = "AADSTS900144: not an on-behalf-of request of this app." }, statusCode: 400);
        }

        if (!_apiTokens.TryGetValue(form["assertion"].ToString(), out var person) || person.Expired)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "AADSTS500133: Assertion is not within its valid time range, or not issued for this app.", error_codes = new[] { 500133 } }, statusCode: 400);
        }

        Interlocked.Increment(ref _onBehalfOfGrants);
        var graphToken = "graph-" + Guid.NewGuid().ToString("N");
        GraphTokenIssued?.Invoke(graphToken, person.Address);

        // As Entra answers: client_info and an id_token name the account MSAL caches the token under (ids only here).
        var objectId = person.ObjectId;
        return Results.Json(new
        {
            token_type = "Bearer",
            scope = "https://graph.microsoft.com/Calendars.ReadWrite",
            expires_in = 3600,
            ext_expires_in = 3600,
            access_token = graphToken,
            client_info = Base64Url(new { uid = objectId, utid = "tenant" }),
            id_token = Base64Url(new { alg = "none", typ = "JWT" }) + "." + Base64Url(new { aud = ClientId, iss = "https://login.microsoftonline.com/tenant/v2.0", oid = objectId, sub = objectId, tid = "tenant", ver = "2.0" }) + ".",
        });
    }

    private object Store(HttpRequest request, Person person)
    {
        var token = "api-" + Guid.NewGuid().ToString("N");
        _apiTokens[token] = person;
        _stored[person.UserId] = token;
        return Response(request, token);
    }

    private static object Response(HttpRequest request, string token) =>
        new { channelId = request.Query["channelId"].ToString(), connectionName = ConnectionName, token, expiration = "2100-01-01T00:00:00Z" };

    private static string Base64Url(object value) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static object Error(string code, string message) => new { error = new { code, message } };

    private sealed record Person(string UserId, string Address, bool Expired = false)
    {
        public string ObjectId { get; } = Guid.NewGuid().ToString();
    }
}
