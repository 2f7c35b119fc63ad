using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OzaBot.Integrations.Tests.Calendar.GraphStandIn;

/// <summary>Proves the stand-in can fail: forged or sloppy requests are rejected, and de-duplication hangs on transactionId alone.</summary>
public sealed class GraphStandInContractTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private GraphStandInServer graph = null!;

    public async Task InitializeAsync() => graph = await GraphStandInServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    private static JsonObject ValidEvent(string transactionId = "6b1e0c4e-0000-4000-8000-000000000001") => new()
    {
        ["subject"] = "OZO casus K-4821",
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>Agenda</p>" },
        ["start"] = new JsonObject { ["dateTime"] = "2026-11-24T14:00:00", ["timeZone"] = "W. Europe Standard Time" },
        ["end"] = new JsonObject { ["dateTime"] = "2026-11-24T15:00:00", ["timeZone"] = "W. Europe Standard Time" },
        ["attendees"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "ib@school.nl", ["name"] = "School" }, ["type"] = "required" }),
        ["isOnlineMeeting"] = true,
        ["onlineMeetingProvider"] = "teamsForBusiness",
        ["transactionId"] = transactionId,
    };

    private async Task<HttpStatusCode> PostAsync(JsonObject body, string path = "/users/planning@school.nl/events", bool authorized = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, graph.BaseUrl + path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorized)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GraphStandInServer.Token);
        }

        request.Headers.TryAddWithoutValidation("Prefer", ["outlook.timezone=\"W. Europe Standard Time\"", "IdType=\"ImmutableId\""]);
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_valid_hand_written_event_is_accepted()
    {
        Assert.Equal(HttpStatusCode.Created, await PostAsync(ValidEvent()));
        Assert.Empty(graph.Violations);
    }

    public static TheoryData<string, string> Forgeries => new()
    {
        { "transactionId", "remove" },
        { "pupilName", "add" },
        { "isOnlineMeeting", "false" },
        { "onlineMeetingProvider", "skypeForConsumer" },
        { "onlineMeetingProvider", "zoom" },
        { "start.dateTime", "2026-11-24T14:00:00+01:00" },
        { "start.timeZone", "Europe/Amsterdam" },
        { "end.dateTime", "2026-11-24T13:00:00" },
        { "attendees.type", "chair" },
        { "body.contentType", "markdown" },
        { "subject", "remove" },
        { "sensitivity", "secret" },
        { "reminderMinutesBeforeStart", "\"soon\"" },
        { "recurrence", "bad-start" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_body_is_rejected_with_400(string field, string change)
    {
        var body = ValidEvent();
        switch (field, change)
        {
            case (_, "remove"):
                body.Remove(field);
                break;
            case ("pupilName", _):
                body["pupilName"] = "Jan Jansen";
                break;
            case ("isOnlineMeeting", _):
                body["isOnlineMeeting"] = false;
                break;
            case ("start.dateTime", _):
                body["start"]!["dateTime"] = change;
                break;
            case ("start.timeZone", _):
                body["start"]!["timeZone"] = change;
                break;
            case ("end.dateTime", _):
                body["end"]!["dateTime"] = change;
                break;
            case ("attendees.type", _):
                body["attendees"]![0]!["type"] = change;
                break;
            case ("body.contentType", _):
                body["body"]!["contentType"] = change;
                break;
            case ("reminderMinutesBeforeStart", _):
                body[field] = JsonNode.Parse(change);
                break;
            case ("recurrence", _):
                body["recurrence"] = JsonNode.Parse("""{"pattern":{"type":"weekly","interval":6,"daysOfWeek":["tuesday"],"firstDayOfWeek":"monday"},"range":{"type":"numbered","startDate":"2026-11-25","numberOfOccurrences":4}}""");
                break;
            default:
                body[field] = change;
                break;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(body));
        Assert.NotEmpty(graph.Violations);
        Assert.Empty(graph.Events);
    }

    [Fact]
    public async Task Requests_without_the_token_or_on_unknown_paths_are_rejected()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(ValidEvent(), authorized: false));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(ValidEvent(), "/users/planning@school.nl/calendars/x/events/y/forward"));
        Assert.Equal(2, graph.Violations.Count);
    }

    [Fact]
    public async Task De_duplication_depends_on_the_transaction_id_alone()
    {
        Assert.Equal(HttpStatusCode.Created, await PostAsync(ValidEvent("a0000000-0000-4000-8000-000000000001")));
        Assert.Equal(HttpStatusCode.Created, await PostAsync(ValidEvent("a0000000-0000-4000-8000-000000000001")));
        Assert.Single(graph.Events);

        Assert.Equal(HttpStatusCode.Created, await PostAsync(ValidEvent("b0000000-0000-4000-8000-000000000002")));
        Assert.Equal(2, graph.Events.Count);
    }

    [Fact]
    public void The_contract_comes_from_the_csdl()
    {
        var csdl = CsdlContract.Instance;

        Assert.True(csdl.HasProperty("event", "transactionId"));
        Assert.True(csdl.HasProperty("event", "categories"));
        Assert.False(csdl.HasProperty("event", "pupilName"));
        Assert.Contains("teamsForBusiness", csdl.EnumMembers("onlineMeetingProviderType"));
    }
}
