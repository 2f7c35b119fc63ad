using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OzaBot.Host.Tests.EndToEnd;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Operations;

/// <summary>
/// With <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> set, the real Azure Monitor exporter sends the (scrubbed)
/// telemetry to the connection string's ingestion endpoint: here a loopback stand-in that keeps what it gets.
/// </summary>
[Collection(TelemetryTests.Collection)]
public sealed class AzureMonitorExportTests
{
    [Fact]
    public async Task With_a_connection_string_the_telemetry_goes_to_the_ingestion_endpoint_without_the_conversation_id()
    {
        var received = new ConcurrentQueue<string>();
        await using var ingestion = await StartIngestionAsync(received);
        await using var channel = await ChannelStandIn.StartAsync();
        var bot = await RunningBot.StartDevelopmentAsync(
            $"--APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.Urls.First()}/");
        var chat = new ChatClient(bot, channel, "a:monitor-5Rt8wQ");

        await chat.SayAsync("wat nu?");
        TelemetryTests.FlushTelemetry(bot.Services);
        await bot.DisposeAsync();

        var sent = string.Join("\n", received);
        Assert.Contains("\"ozabot.turns\"", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("a:monitor-5Rt8wQ", sent, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartIngestionAsync(ConcurrentQueue<string> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v2.1/track", async (HttpRequest request) =>
        {
            var body = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
            using var reader = new StreamReader(body);
            received.Enqueue(await reader.ReadToEndAsync());
            return Results.Json(new { itemsReceived = 1, itemsAccepted = 1, errors = Array.Empty<object>() });
        });
        await app.StartAsync();
        return app;
    }
}
