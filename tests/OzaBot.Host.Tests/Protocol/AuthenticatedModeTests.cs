using System.Net;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Protocol;

/// <summary>
/// The host with a SingleTenant bot identity: tokens are signed by test keys that a loopback stand-in
/// publishes as the Bot Framework's and Entra's OpenID metadata; outbound tokens come from MSAL via the stand-in.
/// </summary>
public sealed class AuthenticatedModeTests : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;
    private RunningBot _bot = null!;

    public enum Forgery
    {
        NoToken,
        NotBearer,
        Garbage,
        ForgedSignature,
        WrongIssuer,
        WrongAudience,
        Expired,
        KeyNotEndorsedForChannel,
        ServiceUrlClaimDiffers,
        ServiceUrlClaimMissing,
        EntraTokenFromOtherTenant,
        EntraTokenForOtherApp,
    }

    public async Task InitializeAsync()
    {
        _channel = await ChannelStandIn.StartAsync();
        _bot = await RunningBot.StartAuthenticatedAsync(_channel);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_replies_carry_one_cached_MSAL_token()
    {
        var token = _channel.Keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: _channel.ServiceUrl);

        var first = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo"), token);
        var second = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "nog eens"), token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var sent = await _channel.WaitForConnectorRequestsAsync(2);
        Assert.All(sent.Where(r => r.Json?["type"]?.GetValue<string>() == "message"), r => Assert.Equal("Bearer bot-token-1", r.Authorization));
        var tokenRequest = Assert.Single(_channel.TokenRequests);
        Assert.Equal($"/{RunningBot.TenantId}/oauth2/v2.0/token?tenant={RunningBot.TenantId}", tokenRequest.Path);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={RunningBot.AppId}", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https://api.botframework.com/.default", tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_without_regard_to_case()
    {
        var token = _channel.Keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: _channel.ServiceUrl.ToUpperInvariant());

        var response = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("2.0", RunningBot.AppId)]
    [InlineData("1.0", "api://" + RunningBot.AppId)]
    public async Task An_Entra_token_for_this_app_and_tenant_is_accepted(string version, string audience)
    {
        var token = _channel.Keys.EntraToken(RunningBot.TenantId, RunningBot.AppId, audience, version);

        var response = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Forgery.NoToken)]
    [InlineData(Forgery.NotBearer)]
    [InlineData(Forgery.Garbage)]
    [InlineData(Forgery.ForgedSignature)]
    [InlineData(Forgery.WrongIssuer)]
    [InlineData(Forgery.WrongAudience)]
    [InlineData(Forgery.Expired)]
    [InlineData(Forgery.KeyNotEndorsedForChannel)]
    [InlineData(Forgery.ServiceUrlClaimDiffers)]
    [InlineData(Forgery.ServiceUrlClaimMissing)]
    [InlineData(Forgery.EntraTokenFromOtherTenant)]
    [InlineData(Forgery.EntraTokenForOtherApp)]
    public async Task Every_forgery_gets_401_and_causes_no_outbound_call(Forgery forgery)
    {
        var keys = _channel.Keys;
        var serviceUrl = _channel.ServiceUrl;
        (string? Header, string? Token) forged = forgery switch
        {
            Forgery.NoToken => (null, null),
            Forgery.NotBearer => ("Basic dXNlcjpwYXNz", null),
            Forgery.Garbage => (null, "not-a-jwt"),
            Forgery.ForgedSignature => (null, keys.ChannelToken(keys.Forger, RunningBot.AppId, serviceUrl)),
            Forgery.WrongIssuer => (null, keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: serviceUrl, issuer: "https://api.botframework.evil")),
            Forgery.WrongAudience => (null, keys.ChannelToken(audience: "another-bot", serviceUrl: serviceUrl)),
            Forgery.Expired => (null, keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: serviceUrl, expires: DateTimeOffset.UtcNow.AddMinutes(-6))),
            Forgery.KeyNotEndorsedForChannel => (null, keys.ChannelToken(keys.NotEndorsed, RunningBot.AppId, serviceUrl)),
            Forgery.ServiceUrlClaimDiffers => (null, keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: "https://smba.trafficmanager.net/teams/")),
            Forgery.ServiceUrlClaimMissing => (null, keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: null)),
            Forgery.EntraTokenFromOtherTenant => (null, keys.EntraToken(Guid.NewGuid().ToString(), RunningBot.AppId, RunningBot.AppId)),
            Forgery.EntraTokenForOtherApp => (null, keys.EntraToken(RunningBot.TenantId, "other-app", RunningBot.AppId)),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
        var (header, token) = forged;

        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.MessagesUrl)
        {
            Content = new StringContent(TeamsActivities.Message(serviceUrl, "hallo").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }
        else if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        var response = await _bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
        Assert.Empty(_channel.TokenRequests);
    }

    [Theory]
    [InlineData("{not json", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("hallo", "text/plain")]
    [InlineData("{\"type\":\"message\"}", null)]
    public async Task Without_a_valid_token_the_answer_is_401_whatever_the_body(string body, string? contentType)
    {
        var forged = _channel.Keys.ChannelToken(_channel.Keys.Forger, RunningBot.AppId, _channel.ServiceUrl);

        var none = await _bot.PostRawAsync(body, contentType: contentType);
        var bad = await _bot.PostRawAsync(body, forged, contentType);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task With_a_valid_token_an_unusable_body_gets_400_or_415()
    {
        var token = _channel.Keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: _channel.ServiceUrl);
        var withoutConversation = TeamsActivities.Message(_channel.ServiceUrl, "hallo");
        withoutConversation.Remove("conversation");

        var unreadable = await _bot.PostRawAsync("{not json", token);
        var noConversation = await _bot.PostAsync(withoutConversation, token);
        var plainText = await _bot.PostRawAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo").ToJsonString(), token, "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noConversation.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainText.StatusCode);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task A_token_that_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var token = _channel.Keys.ChannelToken(audience: RunningBot.AppId, serviceUrl: _channel.ServiceUrl, expires: DateTimeOffset.UtcNow.AddMinutes(-4));

        var response = await _bot.PostAsync(TeamsActivities.Message(_channel.ServiceUrl, "hallo"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
