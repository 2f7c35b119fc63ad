using System.Net;
using System.Text.Json.Nodes;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Protocol;

/// <summary>The host in explicit development mode (no tokens), talking to a loopback channel stand-in.</summary>
public sealed class DevelopmentModeTests : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelStandIn.StartAsync();
        _bot = await RunningBot.StartDevelopmentAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_new_personal_chat_gets_a_Dutch_welcome_posted_to_the_service_url_path_without_a_token()
    {
        var response = await _bot.PostAsync(TeamsActivities.MembersAdded(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await _channel.WaitForConnectorRequestsAsync(1))[0];
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/_connector/v3/conversations/a%3Apersonal-1/activities", sent.Path);
        Assert.Empty(sent.Authorization ?? string.Empty);
        Assert.Contains("Hallo, ik ben **OzaBot**", sent.Text, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent.Json!["attachments"]![0]!["contentType"]!.GetValue<string>()); // one message: text and help card
        Assert.Equal(TeamsActivities.UserId, sent.Json!["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_is_answered_as_a_reply_to_that_activity()
    {
        var response = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "wat is het weer", id: "msg-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await _channel.WaitForConnectorRequestsAsync(1)).Single(r => r.Json?["type"]?.GetValue<string>() == "message");
        Assert.Equal("/_connector/v3/conversations/a%3Apersonal-1/activities/msg-1", sent.Path);
        Assert.Contains("begreep ik niet", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_action_the_bot_does_not_know_is_answered_in_the_body_with_http_200()
    {
        var response = await _bot.PostAsync(TeamsActivities.CardAction(_channel.ServiceUrl, "noSuchVerb", new JsonObject { ["caseCode"] = "OZA-AAAA-AA" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501()
    {
        var invoke = TeamsActivities.Envelope("invoke", _channel.ServiceUrl, null, "a:personal-1", "personal", new JsonObject { ["name"] = "composeExtension/query" });

        var response = await _bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{\"type\":\"\"}")]
    public async Task Unreadable_bodies_get_400_and_cause_no_outbound_call(string body)
    {
        var response = await _bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var activity = TeamsActivities.Message(_channel.ServiceUrl, new string('x', 600 * 1024));

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task Get_on_the_endpoint_is_405_and_health_is_200()
    {
        var get = await _bot.Http.GetAsync(_bot.MessagesUrl);
        var health = await _bot.Http.GetAsync(_bot.Url("/healthz"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored()
    {
        var response = await _bot.PostAsync(TeamsActivities.Envelope("somethingNew", _channel.ServiceUrl, null, "a:personal-1", "personal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task A_re_sent_activity_is_processed_once()
    {
        var message = TeamsActivities.Message(_channel.ServiceUrl, "hallo", id: "same-id");

        var first = await _bot.PostAsync(message);
        var second = await _bot.PostAsync(message);
        var third = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo", id: "other-id"));

        Assert.All([first, second, third], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var replies = (await _channel.WaitForConnectorRequestsAsync(2)).Where(r => r.Json?["type"]?.GetValue<string>() == "message").ToList();
        Assert.Equal(2, replies.Count);
        Assert.Single(replies, r => r.Path.EndsWith("/same-id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("null")]
    [InlineData("no id")]
    [InlineData("empty id")]
    [InlineData("blank id")]
    [InlineData("not an object")]
    public async Task An_activity_without_a_usable_conversation_gets_400_and_reaches_no_bot_code(string damage)
    {
        var activity = TeamsActivities.Message(_channel.ServiceUrl, "hallo");
        switch (damage)
        {
            case "remove": activity.Remove("conversation"); break;
            case "null": activity["conversation"] = null; break;
            case "no id": activity["conversation"]!.AsObject().Remove("id"); break;
            case "empty id": activity["conversation"]!["id"] = ""; break;
            case "blank id": activity["conversation"]!["id"] = "  "; break;
            default: activity["conversation"] = "a:personal-1"; break;
        }

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/_connector")]
    [InlineData("127.0.0.1:3978/_connector")]
    [InlineData("ftp://127.0.0.1/_connector")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://10.0.0.1/_connector")]
    public async Task A_service_url_that_is_not_an_absolute_loopback_http_url_gets_400_in_development_mode(string? serviceUrl)
    {
        var activity = TeamsActivities.Message(_channel.ServiceUrl, "hallo");
        activity["serviceUrl"] = serviceUrl;

        var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_service_url_pointing_at_the_bot_itself_gets_400(string host)
    {
        var own = new UriBuilder(_bot.MessagesUrl) { Host = host, Path = "/" }.Uri.ToString();

        var response = await _bot.PostAsync(TeamsActivities.Message(own, "hallo"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    public async Task A_body_that_is_not_json_by_content_type_gets_415(string? contentType)
    {
        var response = await _bot.PostRawAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo").ToJsonString(), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/activity+json")]
    public async Task Json_content_types_are_accepted(string contentType)
    {
        var response = await _bot.PostRawAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo").ToJsonString(), contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_is_refused_when_no_app_id_is_configured()
    {
        var response = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo"), token: _channel.Keys.ChannelToken(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_calls_nothing()
    {
        var message = TeamsActivities.Message(_channel.ServiceUrl, "wat is het weer");
        message["deliveryMode"] = "expectReplies";

        var response = await _bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("begreep ik niet", body["activities"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_channel.ConnectorRequests);
    }
}
