using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.SignIn;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;
using OzaBot.Testing.SignIn;

namespace OzaBot.BotFramework.Tests.SignIn;

/// <summary>Teams SSO against the loopback Token Service stand-in, with the real HTTP client and the shared store.</summary>
public sealed class TeamsSsoTests : IAsyncLifetime
{
    private const string Address = "leerkracht@school.nl";
    private readonly MemoryStorage store = new();
    private static readonly HttpClient Http = new();
    private readonly TestAdapter adapter = new();
    private SsoStandIn cloud = null!;

    public async Task InitializeAsync() => cloud = await SsoStandIn.StartAsync();

    public async Task DisposeAsync() => await cloud.DisposeAsync();

    [Fact]
    public async Task A_token_exchange_is_exchanged_at_the_token_service_answered_200_and_the_token_lives_in_the_turn_only()
    {
        var sso = cloud.IssueSsoToken(TestAdapter.User().Id!, Address);
        var bot = new SignInBot(Sso());

        var response = await adapter.ProcessActivityAsync(Exchange("exchange-1", sso), bot);

        Assert.Equal(200, response!.Status);
        Assert.Equal("exchange-1", response.Body!.Value.GetProperty("id").GetString());
        Assert.False(response.Body.Value.TryGetProperty("failureDetail", out _));
        Assert.StartsWith("api-", bot.Token, StringComparison.Ordinal);
        Assert.Contains("POST /api/usertoken/exchange?userId=29%3Auser-1&connectionName=ozabot-sso&channelId=msteams", cloud.Requests);
        Assert.True(cloud.HasStoredToken(TestAdapter.User().Id!));
        var record = await store.ReadAsync("sso:exchange:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("exchange-1"u8)));
        Assert.DoesNotContain("api-", record!.Json, StringComparison.Ordinal); // only when it was processed, never the token
    }

    [Fact]
    public async Task A_failed_exchange_is_answered_412_so_Teams_shows_the_sign_in_card()
    {
        cloud.RefuseExchanges = true;
        var bot = new SignInBot(Sso());

        var response = await adapter.ProcessActivityAsync(Exchange("exchange-2", cloud.IssueSsoToken(TestAdapter.User().Id!, Address)), bot);

        Assert.Equal(412, response!.Status);
        Assert.Equal("ozabot-sso", response.Body!.Value.GetProperty("connectionName").GetString());
        Assert.False(string.IsNullOrEmpty(response.Body.Value.GetProperty("failureDetail").GetString()));
        Assert.Null(bot.Token);
    }

    [Fact]
    public async Task An_exchange_for_another_connection_is_refused_400()
    {
        var activity = Exchange("exchange-3", cloud.IssueSsoToken(TestAdapter.User().Id!, Address));
        activity.Value = JsonSerializer.SerializeToElement(new { id = "exchange-3", connectionName = "other", token = "x" });

        var response = await adapter.ProcessActivityAsync(activity, new SignInBot(Sso()));

        Assert.Equal(400, response!.Status);
    }

    [Fact]
    public async Task The_same_exchange_from_two_devices_on_two_instances_is_processed_once()
    {
        var sso = cloud.IssueSsoToken(TestAdapter.User().Id!, Address);
        var first = new SignInBot(Sso());
        var second = new SignInBot(Sso()); // another host instance on the same store

        var answers = await Task.WhenAll(
            adapter.ProcessActivityAsync(Exchange("exchange-4", sso), first),
            adapter.ProcessActivityAsync(Exchange("exchange-4", sso), second));

        Assert.All(answers, a => Assert.Equal(200, a!.Status));
        Assert.Equal(1, new[] { first, second }.Count(b => b.Token is not null));
        Assert.Equal(2, first.Turns + second.Turns);
    }

    [Fact]
    public async Task Verify_state_with_the_magic_code_signs_in_and_a_wrong_code_is_404()
    {
        var bot = new SignInBot(Sso());
        var wrong = await adapter.ProcessActivityAsync(VerifyState("000000"), bot);
        Assert.Equal(404, wrong!.Status);
        Assert.Null(bot.Token);

        var right = await adapter.ProcessActivityAsync(VerifyState(cloud.IssueMagicCode(TestAdapter.User().Id!, Address)), bot);

        Assert.Equal(200, right!.Status);
        Assert.NotNull(bot.Token);
    }

    [Fact]
    public async Task The_oauth_card_carries_the_token_exchange_resource_and_a_sign_in_button_and_no_name()
    {
        var sso = Sso();
        Attachment? card = null;
        await adapter.ProcessActivityAsync(adapter.MakeMessage("plan"), new LambdaBot(async (turn, ct) => card = await sso.CardAsync(turn, "Meld je aan", "Aanmelden", ct)));

        Assert.Equal("application/vnd.microsoft.card.oauth", card!.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("ozabot-sso", content.GetProperty("connectionName").GetString());
        Assert.StartsWith("api://", content.GetProperty("tokenExchangeResource").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var button = Assert.Single(content.GetProperty("buttons").EnumerateArray().ToList());
        Assert.Equal("signin", button.GetProperty("type").GetString());
        var state = cloud.Requests.Single(r => r.Contains("GetSignInResource", StringComparison.Ordinal));
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Uri.UnescapeDataString(state[(state.IndexOf("state=", StringComparison.Ordinal) + 6)..])));
        Assert.DoesNotContain("Gebruiker", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_forgets_the_token_so_the_next_silent_look_up_finds_none()
    {
        var sso = Sso();
        await adapter.ProcessActivityAsync(Exchange("exchange-5", cloud.IssueSsoToken(TestAdapter.User().Id!, Address)), new SignInBot(sso));
        SignedInUser? before = null;
        SignedInUser? after = null;

        await adapter.ProcessActivityAsync(adapter.MakeMessage("afmelden"), new LambdaBot(async (turn, ct) =>
        {
            before = await sso.SilentAsync(turn, ct);
            await sso.SignOutAsync(turn, ct);
        }));
        await adapter.ProcessActivityAsync(adapter.MakeMessage("plan"), new LambdaBot(async (turn, ct) => after = await sso.SilentAsync(turn, ct)));

        Assert.NotNull(before);
        Assert.Null(after);
        Assert.Contains(cloud.Requests, r => r.StartsWith("DELETE /api/usertoken/SignOut?userId=29%3Auser-1&connectionName=ozabot-sso", StringComparison.Ordinal));
    }

    private TeamsSso Sso() => new(new UserTokenClient(Http, new Uri(cloud.BaseUrl + "/"), SsoStandIn.ConnectionName, new StandInBotToken()), store, TimeProvider.System);

    private Activity Exchange(string id, string token)
    {
        var activity = adapter.MakeActivity(ActivityTypes.Invoke);
        activity.Name = TeamsSso.TokenExchangeInvoke;
        activity.Value = JsonSerializer.SerializeToElement(new { id, connectionName = SsoStandIn.ConnectionName, token });
        return activity;
    }

    private Activity VerifyState(string code)
    {
        var activity = adapter.MakeActivity(ActivityTypes.Invoke);
        activity.Name = TeamsSso.VerifyStateInvoke;
        activity.Value = JsonSerializer.SerializeToElement(new { state = code });
        return activity;
    }

    private sealed class SignInBot(TeamsSso sso) : IBot
    {
        public string? Token { get; private set; }

        public int Turns { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Turns++;
            if (await sso.CompleteAsync(turnContext, cancellationToken))
            {
                Token = turnContext.Services.GetRequired<SignedInUser>().Token;
            }
        }
    }

    private sealed class LambdaBot(Func<ITurnContext, CancellationToken, Task> turn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => turn(turnContext, cancellationToken);
    }
}
