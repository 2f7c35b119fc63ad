using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OzaBot.Testing.Channel;

/// <summary>
/// A loopback stand-in for Microsoft's cloud side of the Bot Framework, on a real Kestrel socket:
/// the Bot Connector at <c>{base}/_connector</c> (records every call, answers like the real service or as
/// scripted), the Bot Framework and Entra OpenID metadata + JWKS (publishing <see cref="TestSigningKeys"/>),
/// and an Entra token endpoint for MSAL's client-credentials request.
/// </summary>
public sealed class ChannelStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _scripted = new();
    private int _nextId;
    private int _answered;
    private volatile TaskCompletionSource? _held;

    private ChannelStandIn(WebApplication app, TestSigningKeys keys)
    {
        _app = app;
        Keys = keys;
    }

    public TestSigningKeys Keys { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The serviceUrl to put on activities: a base URL with a path, as the Playground uses.</summary>
    public string ServiceUrl => BaseUrl + "/_connector";

    public Uri ChannelMetadataUrl => new(BaseUrl + "/botframework/v1/.well-known/openidconfiguration");

    public Uri EntraMetadataUrl => new(BaseUrl + "/entra/v2.0/.well-known/openid-configuration");

    public ConcurrentQueue<RecordedRequest> ConnectorRequests { get; } = new();

    public ConcurrentQueue<RecordedRequest> TokenRequests { get; } = new();

    public int MetadataRequests => _metadataRequests;

    private int _metadataRequests;

    public static async Task<ChannelStandIn> StartAsync(TestSigningKeys? keys = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new ChannelStandIn(app, keys ?? TestSigningKeys.Shared);
        standIn.MapRoutes();
        await app.StartAsync();
        standIn.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return standIn;
    }

    /// <summary>The next Connector call gets this answer instead of the normal one.</summary>
    public void ScriptConnectorResponse(HttpStatusCode status, string? body = null, string? retryAfter = null) =>
        _scripted.Enqueue(new ScriptedResponse((int)status, body, retryAfter));

    /// <summary>Connector calls answered while their caller was still connected.</summary>
    public int AnsweredConnectorRequests => Volatile.Read(ref _answered);

    /// <summary>A slow Connector: from now on every call is recorded on arrival and answered only after <see cref="ReleaseConnector"/>.</summary>
    public void HoldConnector() => _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseConnector() => _held?.TrySetResult();

    /// <summary>Waits (without sleeping blindly) until at least <paramref name="count"/> Connector calls (of the given activity type, if any) arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForConnectorRequestsAsync(int count, TimeSpan? timeout = null, string? activityType = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (ConnectorRequests.Count(r => activityType is null || r.Json?["type"]?.GetValue<string>() == activityType) < count)
        {
            await Task.Delay(20, cts.Token);
        }

        return [.. ConnectorRequests];
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseConnector();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        _app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata("https://api.botframework.com", "/botframework/v1/keys"));
        _app.MapGet("/botframework/v1/keys", () => Keys.ChannelJwks());
        _app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "/entra/v2.0/keys"));
        _app.MapGet("/entra/v2.0/keys", () => Keys.EntraJwks());
        _app.MapPost("/{tenant}/oauth2/v2.0/token", TokenAsync);
        _app.Map("/_connector/{**rest}", ConnectorAsync);
    }

    private IResult Metadata(string issuer, string jwksPath)
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new { issuer, jwks_uri = BaseUrl + jwksPath });
    }

    private async Task<IResult> TokenAsync(HttpContext http, string tenant)
    {
        var form = await http.Request.ReadFormAsync();
        TokenRequests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path + "?tenant=" + tenant, null, string.Join('&', form.Select(f => f.Key + "=" + f.Value))));
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "bot-token-" + TokenRequests.Count });
    }

    private async Task ConnectorAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawPath = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToString();
        var id = http.Request.Method == HttpMethods.Post ? "activity-" + Interlocked.Increment(ref _nextId) : LastSegment(rawPath);
        ConnectorRequests.Enqueue(new RecordedRequest(http.Request.Method, rawPath, http.Request.Headers.Authorization.ToString(), body, id));
        if (_held is { } held)
        {
            await held.Task;
        }

        await AnswerAsync(http, id, body);
        await http.Response.CompleteAsync();
        if (!http.RequestAborted.IsCancellationRequested)
        {
            Interlocked.Increment(ref _answered);
        }
    }

    private async Task AnswerAsync(HttpContext http, string? id, string body)
    {
        if (_scripted.TryDequeue(out var scripted))
        {
            http.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            if (scripted.Body is not null)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(scripted.Body);
            }

            return;
        }

        if (http.Request.Method == HttpMethods.Post && http.Request.Path.Value?.EndsWith("/v3/conversations", StringComparison.Ordinal) == true)
        {
            await CreateConversationAsync(http, body);
            return;
        }

        if (http.Request.Method == HttpMethods.Delete)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = http.Request.Method == HttpMethods.Put ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { id });
    }

    /// <summary>
    /// CreateConversation as Teams allows it for a bot: a 1:1 chat (isGroup false) of the bot with one member, in a
    /// tenant; answered with the chat's id (the same id for the same member, as Teams gives the existing chat).
    /// </summary>
    private static async Task CreateConversationAsync(HttpContext http, string body)
    {
        var parameters = string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body);
        var members = parameters?["members"]?.AsArray();
        if (parameters?["isGroup"]?.GetValue<bool>() != false || parameters["bot"]?["id"] is null || members is not [{ } member] ||
            member["id"]?.GetValue<string>() is not { Length: > 0 } memberId || parameters["tenantId"]?.GetValue<string>() is not { Length: > 0 })
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "BadSyntax", message = "A bot creates 1:1 chats only: isGroup false, bot, one member, tenantId." } });
            return;
        }

        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { id = "a:1on1-" + memberId });
    }

    private static string LastSegment(string path) => Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);

    private sealed record ScriptedResponse(int Status, string? Body, string? RetryAfter);
}

/// <summary>One request the stand-in received (with the activity id it answered); <see cref="Json"/> parses its body.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body, string? ActivityId = null)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public string? Text => Json?["text"]?.GetValue<string>();
}
