using System.Net;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Channel;

namespace OzaBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
    }

    [Fact]
    public void Urls_keep_the_service_url_path_and_escape_ids_fully()
    {
        var client = Client("http://localhost:56150/_connector");

        Assert.Equal(
            "http://localhost:56150/_connector/v3/conversations/19%3Aa%40thread.v2%3Bmessageid%3D1/activities",
            client.BuildUrl("v3/conversations/" + Uri.EscapeDataString("19:a@thread.v2;messageid=1") + "/activities").AbsoluteUri);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations", Client("https://smba.trafficmanager.net/teams/").BuildUrl("v3/conversations").AbsoluteUri);
    }

    [Fact]
    public async Task Send_reply_update_and_delete_use_the_documented_verbs_and_paths()
    {
        var client = Client(_channel.ServiceUrl);
        var activity = new Activity { Type = ActivityTypes.Message, Text = "x" };

        var sent = await client.SendToConversationAsync("19:c@thread.v2", activity);
        await client.ReplyToActivityAsync("19:c@thread.v2", "m;1", activity);
        await client.UpdateActivityAsync("19:c@thread.v2", sent.Id!, activity);
        await client.DeleteActivityAsync("19:c@thread.v2", sent.Id!);

        var calls = _channel.ConnectorRequests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(
            [
                "POST /_connector/v3/conversations/19%3Ac%40thread.v2/activities",
                "POST /_connector/v3/conversations/19%3Ac%40thread.v2/activities/m%3B1",
                $"PUT /_connector/v3/conversations/19%3Ac%40thread.v2/activities/{sent.Id}",
                $"DELETE /_connector/v3/conversations/19%3Ac%40thread.v2/activities/{sent.Id}",
            ],
            calls);
    }

    [Fact]
    public async Task A_429_is_retried_honouring_Retry_After_and_then_succeeds()
    {
        _channel.ScriptConnectorResponse(HttpStatusCode.TooManyRequests, retryAfter: "0");
        _channel.ScriptConnectorResponse(HttpStatusCode.BadGateway);

        var response = await Client(_channel.ServiceUrl).SendToConversationAsync("a:1", new Activity { Type = "message" });

        Assert.NotNull(response.Id);
        Assert.Equal(3, _channel.ConnectorRequests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "MessageWritesBlocked")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig")]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound")]
    public async Task Errors_that_retrying_cannot_fix_are_surfaced_at_once(HttpStatusCode status, string code)
    {
        _channel.ScriptConnectorResponse(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"no\"}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(_channel.ServiceUrl).SendToConversationAsync("a:1", new Activity { Type = "message" }));

        Assert.Equal((status, code), (error.StatusCode!.Value, error.ErrorCode));
        Assert.Single(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number()
    {
        for (var i = 0; i < 5; i++)
        {
            _channel.ScriptConnectorResponse(HttpStatusCode.GatewayTimeout);
        }

        await Assert.ThrowsAsync<ConnectorException>(() => Client(_channel.ServiceUrl).SendToConversationAsync("a:1", new Activity { Type = "message" }));

        Assert.Equal(4, _channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task An_empty_202_answer_is_a_success()
    {
        _channel.ScriptConnectorResponse(HttpStatusCode.Accepted);

        var response = await Client(_channel.ServiceUrl).SendToConversationAsync("a:1", new Activity { Type = ActivityTypes.Typing });

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task A_message_over_80_KB_is_refused_before_sending()
    {
        var big = new Activity { Type = "message", Text = new string('x', 41 * 1024) };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(_channel.ServiceUrl).SendToConversationAsync("a:1", big));

        Assert.True(error.IsTooLarge);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_reads_the_new_id()
    {
        _channel.ScriptConnectorResponse(HttpStatusCode.Created, """{"id":"a:new","activityId":"1"}""");

        var created = await Client(_channel.ServiceUrl).CreateConversationAsync(new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:app" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "t1",
        });

        Assert.Equal("a:new", created.Id);
        var body = _channel.ConnectorRequests.Single().Json!;
        Assert.Equal("29:user", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("t1", body["tenantId"]!.GetValue<string>());
    }

    private static ConnectorClient Client(string serviceUrl) =>
        new(Http, serviceUrl, new NoConnectorToken(), new ConnectorOptions { BaseRetryDelay = TimeSpan.FromMilliseconds(1) }, TimeProvider.System);
}
