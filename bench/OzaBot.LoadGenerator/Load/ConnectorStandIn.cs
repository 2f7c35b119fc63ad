using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OzaBot.LoadGenerator.Load;

/// <summary>
/// The generator's own Bot Connector on 127.0.0.1 (serviceUrl <c>http://127.0.0.1:{port}/_connector</c>, a base path
/// like the Playground's): answers send/reply with 201 <c>{id}</c>, update with 200, and stamps each call's arrival.
/// </summary>
internal sealed class ConnectorStandIn(ConversationRegistry conversations) : IAsyncDisposable
{
    private const string BasePath = "/_connector";
    private const string ConversationsPrefix = BasePath + "/v3/conversations/";
    private WebApplication? _app;
    private long _nextId = 1_795_342_414_000;
    private long _otherCalls;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Connector calls other than posting or updating an activity (delete, members, create conversation).</summary>
    public long OtherCalls => Interlocked.Read(ref _otherCalls);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = new Uri(_app.Urls.First());
        ServiceUrl = $"http://127.0.0.1:{address.Port}{BasePath}";
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var method = http.Request.Method;
        if (path.StartsWith(ConversationsPrefix, StringComparison.Ordinal) && (HttpMethods.IsPost(method) || HttpMethods.IsPut(method)))
        {
            // {conversationId}/activities[/{activityId}]
            var parts = path[ConversationsPrefix.Length..].Split('/');
            if (parts.Length >= 2 && parts[1] == "activities")
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer);
                var arrived = Stopwatch.GetTimestamp();
                var id = HttpMethods.IsPut(method) && parts.Length > 2
                    ? parts[2]
                    : Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
                conversations.Deliver(Uri.UnescapeDataString(parts[0]), Reply.Scan(arrived, id, buffer.ToArray()));
                http.Response.StatusCode = HttpMethods.IsPost(method) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync($"{{\"id\":\"{id}\"}}");
                return;
            }
        }

        Interlocked.Increment(ref _otherCalls);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(path.EndsWith("/pagedmembers", StringComparison.Ordinal) ? "{\"members\":[]}" : "{}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
