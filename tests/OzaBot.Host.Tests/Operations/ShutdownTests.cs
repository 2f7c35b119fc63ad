using System.Net;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Operations;

/// <summary>SIGTERM under load: the host stops accepting, lets the turns in flight finish and their replies go out, then exits.</summary>
public sealed class ShutdownTests
{
    private const int Turns = 6;

    [Fact]
    public async Task On_SIGTERM_every_reply_of_the_turns_still_running_in_the_background_arrives()
    {
        await using var channel = await ChannelStandIn.StartAsync();
        channel.HoldConnector();
        await using var host = await HostProcess.StartAsync("--Bot:AllowUnauthenticated=true", $"--Storage:SqlitePath={RunningBot.NewDatabasePath()}");
        using var http = new HttpClient();

        await StartTurnsBlockedOnTheConnectorAsync(host, channel, http);

        await host.SendSigTermAsync();
        Assert.True(await host.WaitForLineAsync($"Shutdown: waiting for {Turns} turns"), "the host exited without waiting for its turns:\n" + string.Join("\n", host.Output));
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(host.BaseUrl, "/healthz")));
        channel.ReleaseConnector();
        var exitCode = await host.WaitForExitAsync();

        Assert.Equal(0, exitCode);
        var replies = channel.ConnectorRequests.Count(r => r.Json?["type"]?.GetValue<string>() == "message");
        Assert.True(replies >= Turns, $"{replies} replies");
        Assert.Equal(channel.ConnectorRequests.Count, channel.AnsweredConnectorRequests);
    }

    [Fact]
    public async Task The_wait_is_bounded_by_the_shutdown_timeout()
    {
        await using var channel = await ChannelStandIn.StartAsync();
        channel.HoldConnector();
        await using var host = await HostProcess.StartAsync("--Bot:AllowUnauthenticated=true", $"--Storage:SqlitePath={RunningBot.NewDatabasePath()}", "--Host:ShutdownTimeoutSeconds=1");
        using var http = new HttpClient();
        await StartTurnsBlockedOnTheConnectorAsync(host, channel, http);

        await host.SendSigTermAsync();
        var exitCode = await host.WaitForExitAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains(host.Output, line => line.Contains($"Shutdown timeout reached with {Turns} turns still running", StringComparison.Ordinal));
    }

    /// <summary>Each turn waits for the slow Connector; after the response deadline its POST is answered 200 and it goes on in the background.</summary>
    private static async Task StartTurnsBlockedOnTheConnectorAsync(HostProcess host, ChannelStandIn channel, HttpClient http)
    {
        var posts = await Task.WhenAll(Enumerable.Range(1, Turns).Select(i => http.PostAsync(
            new Uri(host.BaseUrl, "/api/messages"),
            new StringContent(TeamsActivities.Message(channel.ServiceUrl, "wat nu?", conversationId: $"a:shutdown-{i}").ToJsonString(), System.Text.Encoding.UTF8, "application/json"))));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        await channel.WaitForConnectorRequestsAsync(Turns, activityType: "message");
    }
}
