using Microsoft.Extensions.Time.Testing;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Graph;
using OzaBot.Integrations.Calendar.Storage;
using OzaBot.Integrations.Tests.Calendar.GraphStandIn;
using OzaBot.Testing.Flow;

namespace OzaBot.Integrations.Tests.Calendar;

/// <summary>The real GraphServiceClient (SDK handler pipeline, auth provider, serializer) against the loopback stand-in.</summary>
public sealed class GraphCalendarServiceTests : IAsyncLifetime
{
    private const string Mailbox = "planning@school.nl";
    private readonly InMemoryStorage storage = new();
    private readonly FakeTimeProvider time = new(CalendarTestData.Now);
    private readonly StaticTokenCredential credential = new();
    private GraphStandInServer graph = null!;
    private GraphCalendarService calendar = null!;

    public async Task InitializeAsync()
    {
        graph = await GraphStandInServer.StartAsync();
        var region = new RegionTime(RegionTime.DefaultZoneId);
        var client = GraphClients.Create(credential, graph.BaseUrl, new GraphTime(region).WindowsZone);
        calendar = new GraphCalendarService(new OrganizerMailbox(client, Mailbox), new MeetingStore(storage), new SlotFinder(new SchedulingOptions(), time, region), time, new GraphTime(region));
    }

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task Create_posts_a_teams_meeting_in_the_organiser_mailbox_and_returns_the_join_link()
    {
        var request = CalendarTestData.Ozo();

        var created = await calendar.CreateAsync(request);

        Assert.Empty(graph.Violations);
        var post = Assert.Single(graph.RequestsTo("POST", "/events"));
        Assert.Equal($"/v1.0/users/{Mailbox}/events", post.Path);
        Assert.Equal("Bearer " + GraphStandInServer.Token, post.Header("Authorization"));
        Assert.Equal(["https://graph.microsoft.com/.default"], credential.LastScopes);
        var body = post.Body!.Value;
        Assert.Equal("OZO casus K-4821", body.GetProperty("subject").GetString());
        Assert.Equal("html", body.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Contains("<li>Stap Betrekken: wie sluit aan?</li>", body.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-24T14:00:00", body.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("W. Europe Standard Time", body.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.True(body.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", body.GetProperty("onlineMeetingProvider").GetString());
        Assert.Equal(GraphMeetingIds.TransactionId("K-4821", request.MeetingId), body.GetProperty("transactionId").GetString());
        Assert.Equal(
            ["ib@school.nl|required", "consulent@swv.nl|required", "jeugd@gemeente.nl|optional", "leerkracht@school.nl|required"],
            body.GetProperty("attendees").EnumerateArray().Select(a => $"{a.GetProperty("emailAddress").GetProperty("address").GetString()}|{a.GetProperty("type").GetString()}"));
        var extension = Assert.Single(body.GetProperty("extensions").EnumerateArray().ToList());
        Assert.Equal("#microsoft.graph.openTypeExtension", extension.GetProperty("@odata.type").GetString());
        Assert.Equal(GraphMeetingIds.ExtensionName, extension.GetProperty("extensionName").GetString());
        Assert.Equal("K-4821", extension.GetProperty("caseCode").GetString());

        var stored = Assert.Single(graph.Events.Values);
        Assert.Equal((string?)stored["id"], created.ProviderEventId);
        Assert.Equal($"https://teams.microsoft.com/l/meetup-join/{created.ProviderEventId}", created.JoinUrl);
        Assert.Equal(Mailbox, created.OrganizerEmail);
        Assert.Equivalent(new[] { created }, await calendar.ListAsync("K-4821"), strict: true);
    }

    [Fact]
    public async Task An_evaluation_series_is_a_weekly_recurrence_starting_on_the_start_date()
    {
        await calendar.CreateAsync(CalendarTestData.Ozo(recurrence: new MeetingRecurrence(6, 4)));

        Assert.Empty(graph.Violations);
        var recurrence = graph.RequestsTo("POST", "/events")[0].Body!.Value.GetProperty("recurrence");
        Assert.Equal("weekly", recurrence.GetProperty("pattern").GetProperty("type").GetString());
        Assert.Equal(6, recurrence.GetProperty("pattern").GetProperty("interval").GetInt32());
        Assert.Equal(["tuesday"], recurrence.GetProperty("pattern").GetProperty("daysOfWeek").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("numbered", recurrence.GetProperty("range").GetProperty("type").GetString());
        Assert.Equal("2026-11-24", recurrence.GetProperty("range").GetProperty("startDate").GetString());
        Assert.Equal(4, recurrence.GetProperty("range").GetProperty("numberOfOccurrences").GetInt32());
        Assert.Equal("seriesMaster", (string?)Assert.Single(graph.Events.Values)["type"]);
    }

    [Fact]
    public async Task Reschedule_patches_only_the_times()
    {
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());
        var start = new DateTimeOffset(2026, 11, 26, 9, 0, 0, CalendarTestData.Winter);

        var moved = await calendar.RescheduleAsync("K-4821", created.MeetingId, start, start.AddHours(1));

        Assert.Empty(graph.Violations);
        var patch = Assert.Single(graph.RequestsTo("PATCH", "/events/" + created.ProviderEventId));
        Assert.Equal(["end", "start"], patch.Body!.Value.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')).Order());
        Assert.Equal("2026-11-26T09:00:00", (string?)graph.Events[created.ProviderEventId!]["start"]!["dateTime"]);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(start, (await calendar.ListAsync("K-4821"))[0].Start);
    }

    [Fact]
    public async Task Cancel_sends_the_comment_to_the_cancel_action()
    {
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());

        var cancelled = await calendar.CancelAsync("K-4821", created.MeetingId, "Het overleg vervalt.");

        Assert.Empty(graph.Violations);
        var post = Assert.Single(graph.RequestsTo("POST", "/cancel"));
        Assert.Equal($"/v1.0/users/{Mailbox}/events/{created.ProviderEventId}/cancel", post.Path);
        Assert.Equal("Het overleg vervalt.", graph.CancelComments[created.ProviderEventId!]);
        Assert.Empty(graph.Events);
        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
    }

    [Fact]
    public async Task Only_the_organiser_may_cancel_and_the_user_is_told_so()
    {
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());
        graph.Fail(new StandInFault("POST", "/cancel", 400, null, Message: "You need to be an organizer to cancel a meeting."));

        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CancelAsync("K-4821", created.MeetingId, "x"));

        Assert.Equal(CalendarErrorKind.NotOrganizer, error.Kind);
        Assert.Equal(MeetingStatus.Scheduled, (await calendar.ListAsync("K-4821"))[0].Status);
    }

    [Fact]
    public async Task Suggestions_use_free_busy_inside_the_tenant_and_report_outsiders_as_unknown()
    {
        var plus1 = CalendarTestData.Winter;
        graph.TenantMailboxes[Mailbox] = [];
        graph.TenantMailboxes[CalendarTestData.Organizer] = [];
        graph.TenantMailboxes["ib@school.nl"] = [(new(2026, 11, 24, 8, 0, 0, plus1), new(2026, 11, 24, 10, 0, 0, plus1))];
        var tuesday = new DateOnly(2026, 11, 24);

        var suggestions = await calendar.SuggestSlotsAsync(new SlotQuery(CalendarTestData.Organizer, ["ib@school.nl", "jeugd@gemeente.nl"], TimeSpan.FromHours(1), tuesday, tuesday, 1));

        Assert.Empty(graph.Violations);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, plus1), Assert.Single(suggestions.Slots).Start);
        Assert.Equal(["jeugd@gemeente.nl"], suggestions.UnknownAvailability);
        var body = Assert.Single(graph.RequestsTo("POST", "/calendar/getSchedule")).Body!.Value;
        Assert.Equal([Mailbox, CalendarTestData.Organizer, "ib@school.nl", "jeugd@gemeente.nl"], body.GetProperty("Schedules").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2026-11-24T00:00:00", body.GetProperty("StartTime").GetProperty("dateTime").GetString());
        Assert.Equal("2026-11-25T00:00:00", body.GetProperty("EndTime").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task Throttling_with_retry_after_is_retried_by_the_sdk_with_the_same_transaction_id()
    {
        graph.Fail(new StandInFault("POST", "/events", 429, RetryAfterSeconds: 0));

        var created = await calendar.CreateAsync(CalendarTestData.Ozo());

        var posts = graph.RequestsTo("POST", "/events");
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body!.Value.GetProperty("transactionId").GetString(), posts[1].Body!.Value.GetProperty("transactionId").GetString());
        Assert.Equal("1", posts[1].Header("Retry-Attempt"));
        Assert.Single(graph.Events);
        Assert.NotNull(created.JoinUrl);
    }

    [Fact]
    public async Task A_lost_create_response_retried_by_the_sdk_makes_exactly_one_event()
    {
        // The stand-in creates the event, then answers 503: the RetryHandler re-sends the same POST.
        graph.Fail(new StandInFault("POST", "/events", 503, RetryAfterSeconds: 0, AfterCommit: true));

        var created = await calendar.CreateAsync(CalendarTestData.Ozo());

        Assert.Equal(2, graph.RequestsTo("POST", "/events").Count);
        var only = Assert.Single(graph.Events.Values);
        Assert.Equal((string?)only["id"], created.ProviderEventId);
        Assert.Empty(graph.Violations);
    }

    [Fact]
    public async Task A_create_repeated_by_the_user_after_a_failure_reuses_the_transaction_id()
    {
        var request = CalendarTestData.Ozo();
        graph.Fail(new StandInFault("POST", "/events", 500, RetryAfterSeconds: null));
        await Assert.ThrowsAsync<CalendarException>(() => calendar.CreateAsync(request));

        await calendar.CreateAsync(request);

        var ids = graph.RequestsTo("POST", "/events").Select(r => r.Body!.Value.GetProperty("transactionId").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], GraphMeetingIds.TransactionId("K-4821", MeetingRequest.NewMeetingId()));
        Assert.Single(graph.Events);
    }

    [Fact]
    public async Task A_server_error_after_the_event_was_made_leaves_no_event_and_nothing_stored()
    {
        // 500 is not retried; the event exists on the server although the client saw a failure.
        graph.Fail(new StandInFault("POST", "/events", 500, RetryAfterSeconds: null, AfterCommit: true));

        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CreateAsync(CalendarTestData.Ozo()));

        Assert.Equal(CalendarErrorKind.Unavailable, error.Kind);
        Assert.Empty(graph.Events);
        Assert.Single(graph.RequestsTo("GET", "/events"));
        Assert.Single(Requests("DELETE"));
        Assert.Empty(await calendar.ListAsync("K-4821"));
        Assert.Empty(graph.Violations);
    }

    [Fact]
    public async Task Persistent_throttling_surfaces_as_throttled_after_the_retries()
    {
        for (var i = 0; i < 4; i++)
        {
            graph.Fail(new StandInFault("POST", "/events", 429, RetryAfterSeconds: 0));
        }

        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CreateAsync(CalendarTestData.Ozo()));

        Assert.Equal(CalendarErrorKind.Throttled, error.Kind);
        Assert.Equal(4, graph.RequestsTo("POST", "/events").Count);
        Assert.Empty(graph.Events);
        Assert.Empty(await calendar.ListAsync("K-4821"));
    }

    [Fact]
    public async Task Access_denied_is_typed_and_needs_no_clean_up()
    {
        graph.Fail(new StandInFault("POST", "/events", 403, RetryAfterSeconds: null, Message: "Access to OData is disabled."));

        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CreateAsync(CalendarTestData.Ozo()));

        Assert.Equal(CalendarErrorKind.AccessDenied, error.Kind);
        Assert.Empty(graph.RequestsTo("GET", "/events"));
        // The user is told whom to ask, without the permission's technical name (docs/calendar.md names it for the admin).
        Assert.Contains("ICT-beheerder", SchedulingTexts.Error(error.Kind), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_storing_fails_the_new_event_is_deleted_again()
    {
        var request = CalendarTestData.Ozo();
        storage.AlwaysConflictFor = "calendar:case:K-4821";

        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CreateAsync(request));

        Assert.Equal(CalendarErrorKind.Failed, error.Kind);
        Assert.Empty(graph.Events);
        Assert.Single(Requests("DELETE"));
    }

    private IReadOnlyList<RecordedRequest> Requests(string method) => [.. graph.Requests.Where(r => r.Method == method)];
}
