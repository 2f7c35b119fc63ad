using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.SignIn;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Graph;
using OzaBot.Integrations.Calendar.Storage;
using OzaBot.Integrations.Tests.Calendar.GraphStandIn;
using OzaBot.Testing.Channel;
using OzaBot.Testing.SignIn;

namespace OzaBot.Integrations.Tests.Calendar;

/// <summary>
/// Delegated mode: the user's token from the Token Service stand-in, exchanged by the real MSAL on-behalf-of
/// flow at the Entra stand-in, used by the real GraphServiceClient on <c>/me</c> at the Graph stand-in.
/// </summary>
public sealed class DelegatedGraphCalendarTests : IAsyncLifetime, IDisposable
{
    private const string UserId = "29:teacher";
    private static readonly HttpClient Http = new();
    private readonly InMemoryStorage storage = new();
    private readonly FakeTimeProvider time = new(CalendarTestData.Now);
    private GraphStandInServer graph = null!;
    private SsoStandIn cloud = null!;
    private LoopbackMsalHttpClientFactory entra = null!;

    public async Task InitializeAsync()
    {
        graph = await GraphStandInServer.StartAsync();
        cloud = await SsoStandIn.StartAsync();
        cloud.GraphTokenIssued = (token, address) => graph.SignedInUsers[token] = address;
        entra = new LoopbackMsalHttpClientFactory(cloud.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        await graph.DisposeAsync();
    }

    public void Dispose() => entra.Dispose();

    [Fact]
    public async Task The_meeting_is_created_in_the_signed_in_users_own_calendar_with_a_teams_link()
    {
        var calendar = Calendars().For(await SignInAsync());
        var request = CalendarTestData.Ozo();

        var created = await calendar.CreateAsync(request);

        Assert.Empty(graph.Violations);
        var post = Assert.Single(graph.RequestsTo("POST", "/events"));
        Assert.Equal("/v1.0/me/events", post.Path);
        var body = post.Body!.Value;
        Assert.True(body.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal(GraphMeetingIds.TransactionId("K-4821", request.MeetingId), body.GetProperty("transactionId").GetString());
        Assert.DoesNotContain(body.GetProperty("attendees").EnumerateArray(), a => a.GetProperty("emailAddress").GetProperty("address").GetString() == CalendarTestData.Organizer);
        Assert.Equal(CalendarTestData.Organizer, (string?)Assert.Single(graph.Events.Values)["organizer"]!["emailAddress"]!["address"]);
        Assert.Equal(CalendarTestData.Organizer, created.OrganizerEmail);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", created.JoinUrl, StringComparison.Ordinal);
        Assert.Equivalent(new[] { created }, await calendar.ListAsync("K-4821"), strict: true);
    }

    [Fact]
    public async Task Free_busy_comes_from_the_users_own_get_schedule_and_the_graph_token_is_cached_per_user()
    {
        var calendars = Calendars();
        var userToken = await SignInAsync();
        graph.TenantMailboxes[CalendarTestData.Organizer] = [];
        graph.TenantMailboxes["ib@school.nl"] = [];

        var suggestions = await calendars.For(userToken).SuggestSlotsAsync(new SlotQuery(CalendarTestData.Organizer, ["ib@school.nl", "ouder@example.org"], TimeSpan.FromMinutes(60), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27)));
        await calendars.For(userToken).CreateAsync(CalendarTestData.Ozo());

        Assert.Empty(graph.Violations);
        Assert.Equal("/v1.0/me/calendar/getSchedule", Assert.Single(graph.RequestsTo("POST", "/getSchedule")).Path);
        Assert.Equal(["ouder@example.org"], suggestions.UnknownAvailability);
        Assert.Equal(1, cloud.OnBehalfOfGrants);
    }

    [Fact]
    public async Task An_expired_sign_in_is_sign_in_required_and_nothing_reaches_graph_or_the_store()
    {
        var userToken = await SignInAsync();
        cloud.ExpireTokensOf(UserId);
        var request = CalendarTestData.Ozo();

        var error = await Assert.ThrowsAsync<CalendarException>(() => Calendars().For(userToken).CreateAsync(request));

        Assert.Equal(CalendarErrorKind.SignInRequired, error.Kind);
        Assert.Empty(graph.Requests);
        Assert.Null(await new MeetingStore(storage).FindAsync("K-4821", request.MeetingId, CancellationToken.None));
    }

    [Fact]
    public async Task A_token_entra_did_not_issue_is_refused_and_app_only_tokens_do_not_reach_me()
    {
        var error = await Assert.ThrowsAsync<CalendarException>(() => Calendars().For("forged-assertion").CreateAsync(CalendarTestData.Ozo()));

        Assert.Equal(CalendarErrorKind.SignInRequired, error.Kind);
        Assert.Empty(graph.Requests);
    }

    private SignedInCalendars Calendars() => new(
        new OnBehalfOfTokens(new Uri("https://login.microsoftonline.com"), "tenant", SsoStandIn.ClientId, SsoStandIn.ClientSecret, entra),
        graph.BaseUrl,
        GraphClients.Http(new GraphTime(Region).WindowsZone),
        new MeetingStore(storage),
        new SlotFinder(new SchedulingOptions(), time, Region),
        time,
        new GraphTime(Region));

    private static readonly RegionTime Region = new(RegionTime.DefaultZoneId);

    private async Task<string> SignInAsync()
    {
        var tokens = new UserTokenClient(Http, new Uri(cloud.BaseUrl + "/"), SsoStandIn.ConnectionName, new StandInBotToken());
        var exchanged = await tokens.ExchangeAsync(UserId, "msteams", cloud.IssueSsoToken(UserId, CalendarTestData.Organizer), CancellationToken.None);
        return exchanged!.Token!;
    }
}
