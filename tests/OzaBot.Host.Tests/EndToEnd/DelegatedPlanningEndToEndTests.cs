using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Integrations.Tests.Calendar.GraphStandIn;
using OzaBot.Testing.Channel;
using OzaBot.Testing.SignIn;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// Planning an OZO in delegated mode on the real host (Kestrel, SQLite): the sign-in is asked only after the
/// yes, Teams' tokenExchange is exchanged at the Token Service stand-in, MSAL's on-behalf-of grant at the
/// Entra stand-in, and the event is created in the teacher's own calendar at the Graph stand-in (/me).
/// </summary>
public sealed class DelegatedPlanningEndToEndTests : IAsyncLifetime
{
    private const string Teacher = "zorg@school.example.nl";
    private ChannelStandIn _channel = null!;
    private SsoStandIn _cloud = null!;
    private GraphStandInServer _graph = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelStandIn.StartAsync();
        _cloud = await SsoStandIn.StartAsync();
        _graph = await GraphStandInServer.StartAsync();
        _cloud.GraphTokenIssued = (token, address) => _graph.SignedInUsers[token] = address;
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        await _cloud.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task The_teacher_signs_in_by_token_exchange_after_the_yes_and_the_OZO_is_in_their_own_calendar_once()
    {
        await using var bot = await StartAsync();
        var chat = new ChatClient(bot, _channel);
        await Journeys.CreateCaseAsync(chat);

        var card = await PlanUntilSignInAsync(chat);
        var exchange = TokenExchange("exchange-e2e", _cloud.IssueSsoToken(TeamsActivities.UserId, Teacher));
        var first = await bot.PostAsync(exchange);
        var planned = ChatClient.Transcript(chat.TakeNew());
        var second = await bot.PostAsync(exchange); // the same invoke from the teacher's phone

        Assert.Equal("application/vnd.microsoft.card.oauth", (string?)card["contentType"]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("is gepland", planned, StringComparison.Ordinal);
        Assert.Contains("teams.microsoft.com/l/meetup-join/", planned, StringComparison.Ordinal);
        Assert.Empty(_graph.Violations);
        Assert.Equal("/v1.0/me/events", Assert.Single(_graph.RequestsTo("POST", "/events")).Path);
        Assert.Single(_graph.Events);
        Assert.Empty(chat.TakeNew());
    }

    [Fact]
    public async Task A_failed_exchange_is_412_and_a_teacher_who_declines_gets_the_ics_file()
    {
        await using var bot = await StartAsync();
        var chat = new ChatClient(bot, _channel);
        await Journeys.CreateCaseAsync(chat);
        await PlanUntilSignInAsync(chat);
        _cloud.RefuseExchanges = true;

        var refused = await bot.PostAsync(TokenExchange("exchange-refused", _cloud.IssueSsoToken(TeamsActivities.UserId, Teacher)));
        var declined = ChatClient.Transcript(await chat.SayAsync("nee"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Contains("is gepland", declined, StringComparison.Ordinal);
        Assert.Contains(".ics", declined, StringComparison.Ordinal);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task The_teacher_moves_and_then_cancels_the_OZO_in_their_own_Outlook_calendar()
    {
        await using var bot = await StartAsync();
        var chat = new ChatClient(bot, _channel);
        await PlanSignedInAsync(bot, chat);
        var eventId = Assert.Single(_graph.Events.Keys);
        var before = (string?)_graph.Events[eventId]["start"]!["dateTime"];

        await chat.SayAsync("verzet de OZO");
        var slots = await chat.SayAsync("over twee weken");
        var moved = ChatClient.Transcript(await chat.SayAsync("1"));
        var after = (string?)_graph.Events[eventId]["start"]!["dateTime"];
        await chat.SayAsync("zeg het overleg af");
        var cancelled = ChatClient.Transcript(await chat.SayAsync("ja"));

        Assert.True(slots.Count > 0, "no slots offered");
        Assert.Contains("verzet", moved, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(before, after);
        Assert.Equal($"/v1.0/me/events/{eventId}", Assert.Single(_graph.Requests, r => r.Method == "PATCH").Path);
        Assert.Equal($"/v1.0/me/events/{eventId}/cancel", Assert.Single(_graph.RequestsTo("POST", "/cancel")).Path);
        Assert.Contains("is geannuleerd", cancelled, StringComparison.Ordinal);
        Assert.Empty(_graph.Events);
        Assert.Empty(_graph.Violations);
    }

    [Fact]
    public async Task Without_the_planners_sign_in_the_Outlook_meeting_is_not_changed_and_the_case_still_has_it()
    {
        await using var bot = await StartAsync();
        var chat = new ChatClient(bot, _channel);
        await PlanSignedInAsync(bot, chat);
        await chat.SayAsync("afmelden");

        await chat.SayAsync("zeg het overleg af");
        var declined = ChatClient.Transcript(await chat.SayAsync("nee"));
        var cardAgain = await chat.SayAsync("zeg het overleg af");
        await bot.PostAsync(TokenExchange("exchange-colleague", _cloud.IssueSsoToken(TeamsActivities.UserId, "collega@school.example.nl")));
        var colleague = ChatClient.Transcript(await chat.SayAsync("ja"));
        var stillPlanned = ChatClient.Transcript(await chat.SayAsync("zeg het overleg af"));

        Assert.Contains("niets veranderd", declined, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.oauth", (string?)cardAgain[^1].Json!["attachments"]![0]!["contentType"]);
        Assert.Contains("alleen wie het plande", colleague, StringComparison.Ordinal);
        Assert.Single(_graph.Events);
        Assert.DoesNotContain(_graph.Requests, r => r.Method == "PATCH");
        Assert.Contains("annuleren?", stillPlanned, StringComparison.Ordinal); // the case still has the OZO: it asks to confirm again
    }

    /// <summary>A new case and an OZO planned in the teacher's own calendar after a token exchange.</summary>
    private async Task PlanSignedInAsync(RunningBot bot, ChatClient chat)
    {
        await Journeys.CreateCaseAsync(chat);
        await PlanUntilSignInAsync(chat);
        await bot.PostAsync(TokenExchange("exchange-plan", _cloud.IssueSsoToken(TeamsActivities.UserId, Teacher)));
        Assert.Contains("is gepland", ChatClient.Transcript(chat.TakeNew()), StringComparison.Ordinal);
    }

    private async Task<RunningBot> StartAsync()
    {
        var entra = new LoopbackMsalHttpClientFactory(_cloud.BaseUrl);
        return await RunningBot.StartAsync(
            [
                "--Bot:AllowUnauthenticated=true", $"--Bot:AppId={SsoStandIn.ClientId}", $"--Bot:AppPassword={SsoStandIn.ClientSecret}", "--Bot:TenantId=tenant",
                "--Calendar:Provider=Graph", $"--Calendar:Graph:OAuthConnectionName={SsoStandIn.ConnectionName}",
                $"--Calendar:Graph:BaseUrl={_graph.BaseUrl}", $"--Calendar:Graph:TokenServiceUrl={_cloud.BaseUrl}",
            ],
            builder => builder.Services.AddSingleton<IMsalHttpClientFactory>(entra),
            entra);
    }

    /// <summary>Plans an OZO up to the yes; returns the OAuthCard the bot then sends.</summary>
    private static async Task<JsonNode> PlanUntilSignInAsync(ChatClient chat)
    {
        await chat.SayAsync("plan een OZO");
        await chat.SayAsync("1");
        await chat.SayAsync("ib@school.example.nl");
        await chat.SayAsync(Teacher);
        await chat.SayAsync("60");
        var proposal = await chat.SayAsync("morgen");
        var slotData = Journeys.ExecuteData(proposal[^1], "chooseSlot");
        slotData["slot"] = "s1";
        await chat.ExecuteAsync("chooseSlot", slotData, replyToId: proposal[^1].ActivityId!);
        var signIn = await chat.SayAsync("ja");
        Assert.True(signIn.Count > 0 && signIn[^1].Json?["attachments"] is JsonArray, "no sign-in card after the yes: " + ChatClient.Transcript(signIn) + string.Join(" | ", signIn.Select(r => r.Body)));
        return signIn[^1].Json!["attachments"]![0]!;
    }

    private JsonObject TokenExchange(string id, string ssoToken)
    {
        var invoke = TeamsActivities.Envelope("invoke", _channel.ServiceUrl, null, "a:e2e-personal", "personal");
        invoke["name"] = "signin/tokenExchange";
        invoke["value"] = new JsonObject { ["id"] = id, ["connectionName"] = SsoStandIn.ConnectionName, ["token"] = ssoToken };
        return invoke;
    }
}
