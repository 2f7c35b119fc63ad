using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>
/// A scripted stand-in for the Table service on a real 127.0.0.1 Kestrel socket: each request gets the
/// next scripted answer (the last one repeats) and is recorded with its headers, so tests can check
/// request shapes and drive failures (503s, dropped connections) that Azurite cannot produce.
/// </summary>
internal sealed class LoopbackTableService : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly WebApplication _app;
    private ScriptedAnswer _last = ScriptedAnswer.Status(HttpStatusCode.NoContent);

    private LoopbackTableService(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Path-style endpoint with the account in the path, as Azurite's.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public static async Task<LoopbackTableService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new LoopbackTableService(app);
        app.Run(service.AnswerAsync);
        await app.StartAsync();
        service.Endpoint = new Uri(app.Urls.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/devstoreaccount1");
        return service;
    }

    public LoopbackTableService Then(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue(new RecordedRequest(
            request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget, // as sent, not re-encoded
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        var answer = _script.TryDequeue(out var next) ? _last = next : _last;
        if (answer.DropConnection)
        {
            context.Abort();
            return;
        }

        if (answer.Hang)
        {
            // Never answer; the client's attempt timeout must give up on this request.
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is { } body)
        {
            context.Response.ContentType = "application/json;odata=minimalmetadata;streaming=true;charset=utf-8";
            await context.Response.WriteAsync(body);
        }
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers);

internal sealed record ScriptedAnswer(HttpStatusCode StatusCode, IReadOnlyDictionary<string, string> Headers, string? Body, bool DropConnection = false, bool Hang = false)
{
    public static ScriptedAnswer Status(HttpStatusCode status, string? body = null) => new(status, new Dictionary<string, string>(), body);

    public static ScriptedAnswer Created(string eTag) =>
        new(HttpStatusCode.NoContent, new Dictionary<string, string> { ["ETag"] = eTag, ["Preference-Applied"] = "return-no-content" }, null);

    public static ScriptedAnswer Dropped { get; } = new(HttpStatusCode.OK, new Dictionary<string, string>(), null, DropConnection: true);

    public static ScriptedAnswer NoAnswer { get; } = new(HttpStatusCode.OK, new Dictionary<string, string>(), null, Hang: true);
}
