using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OzaBot.Integrations.Tests.Calendar.GraphStandIn;

/// <summary>
/// A loopback stand-in for the Graph v1.0 calendar endpoints the adapter uses, on a real Kestrel socket
/// (127.0.0.1, random port). Every request is checked against the contract: path, bearer token, Prefer
/// headers, body against the CSDL types, plus the documented rules the CSDL cannot express
/// (graph-calendar.md §1–§6): dateTimeTimeZone as wall clock without offset in a Windows zone,
/// transactionId on create, Teams meeting flags, recurrence start date = start date, getSchedule limits.
/// A violation is answered with a Graph 400 error and recorded in <see cref="Violations"/>.
/// Responses follow the docs: 201 + event, 200 + event, 202 for cancel, 204 for delete, ODataError bodies.
/// </summary>
internal sealed partial class GraphStandInServer : IAsyncDisposable
{
    public const string Token = "stand-in-token";
    private const string WindowsZone = "W. Europe Standard Time";
    private static readonly string[] AcceptedZones = [WindowsZone, "UTC", "Romance Standard Time", "GMT Standard Time"];
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly WebApplication app;
    private readonly CsdlContract contract = CsdlContract.Instance;
    private readonly ConcurrentQueue<StandInFault> faults = new();
    private readonly ConcurrentDictionary<string, string> idsByTransaction = new();
    private readonly Lock gate = new();

    private GraphStandInServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Events in the organiser mailboxes, by id (cancelled and deleted ones are removed).</summary>
    public ConcurrentDictionary<string, JsonObject> Events { get; } = new();

    public ConcurrentDictionary<string, string> CancelComments { get; } = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>Delegated tokens (as the Entra stand-in issues them) with the address of the user each stands for: <c>/me</c> is that user.</summary>
    public ConcurrentDictionary<string, string> SignedInUsers { get; } = new();

    /// <summary>Mailboxes inside the "tenant" with their busy blocks; any other address is unresolvable for getSchedule.</summary>
    public ConcurrentDictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>> TenantMailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<GraphStandInServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new GraphStandInServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.BaseUrl = server.app.Urls.Single() + "/v1.0";
        return server;
    }

    public void Fail(StandInFault fault) => faults.Enqueue(fault);

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathEnd) =>
        [.. Requests.Where(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        JsonElement? body = null;
        if (request.ContentLength > 0 || request.Headers.ContentType.Count > 0)
        {
            try
            {
                body = (await JsonDocument.ParseAsync(request.Body)).RootElement.Clone();
            }
            catch (JsonException)
            {
                await ErrorAsync(http, 400, "BadRequest", "Invalid JSON", ["body is not JSON"]);
                return;
            }
        }

        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body);
        Requests.Enqueue(recorded);

        var fault = NextFault(recorded);
        if (fault is { AfterCommit: false })
        {
            await FaultAsync(http, fault);
            return;
        }

        var errors = new List<string>();
        CheckHeaders(recorded, errors);
        var (status, response) = errors.Count > 0 ? (400, null) : Route(recorded, errors);
        if (errors.Count > 0)
        {
            await ErrorAsync(http, status == 404 ? 404 : 400, status == 404 ? "ErrorItemNotFound" : "ErrorInvalidRequest", string.Join("; ", errors), errors);
            return;
        }

        if (fault is not null)
        {
            await FaultAsync(http, fault);
            return;
        }

        http.Response.StatusCode = status;
        http.Response.Headers["Preference-Applied"] = $"outlook.timezone=\"{WindowsZone}\"";
        if (response is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(response.ToJsonString());
        }
    }

    private (int Status, JsonNode? Body) Route(RecordedRequest r, List<string> errors)
    {
        var me = SignedInUsers.GetValueOrDefault(BearerToken(r) ?? string.Empty);
        if (EventsPath().Match(r.Path) is { Success: true } events)
        {
            return r.Method switch
            {
                "POST" => Create(Owner(events, me), r.Body, errors),
                "GET" => List(r.Query),
                _ => Unsupported(r, errors),
            };
        }

        if (EventPath().Match(r.Path) is { Success: true } one)
        {
            var id = Uri.UnescapeDataString(one.Groups[2].Value);
            if (!Events.ContainsKey(id))
            {
                errors.Add($"event {id} not found");
                return (404, null);
            }

            if (!one.Groups[1].Success && !string.Equals(Organizer(id), me, StringComparison.OrdinalIgnoreCase))
            {
                // /me/events/{id} of someone else's event: Graph looks in the caller's own mailbox and finds nothing.
                return (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "ErrorItemNotFound", ["message"] = "The specified object was not found in the store." } });
            }

            return (r.Method, one.Groups[3].Value) switch
            {
                ("PATCH", "") => Update(id, r.Body, errors),
                ("DELETE", "") => Delete(id),
                ("POST", "/cancel") => Cancel(Uri.UnescapeDataString(Owner(one, me)), id, r.Body, errors),
                _ => Unsupported(r, errors),
            };
        }

        if (SchedulePath().IsMatch(r.Path) && r.Method == "POST")
        {
            return GetSchedule(r.Body, errors);
        }

        return Unsupported(r, errors);
    }

    private (int, JsonNode?) Create(string user, JsonElement? body, List<string> errors)
    {
        if (body is not { } ev)
        {
            errors.Add("create without body");
            return (400, null);
        }

        contract.ValidateObject(ev, "event", "event", errors);
        RequireString(ev, "subject", errors);
        var start = PropertyDateTimeTimeZone(ev, "start", errors);
        var end = PropertyDateTimeTimeZone(ev, "end", errors);
        if (start is not null && end is not null && end <= start)
        {
            errors.Add("end must be after start");
        }

        if (!ev.TryGetProperty("transactionId", out var transaction) || string.IsNullOrWhiteSpace(transaction.GetString()))
        {
            errors.Add("transactionId missing: a retried create could duplicate the meeting");
        }

        if (!ev.TryGetProperty("isOnlineMeeting", out var online) || online.ValueKind != JsonValueKind.True
            || !ev.TryGetProperty("onlineMeetingProvider", out var provider) || provider.GetString() != "teamsForBusiness")
        {
            errors.Add("a Teams meeting needs isOnlineMeeting=true and onlineMeetingProvider=teamsForBusiness");
        }

        if (!ev.TryGetProperty("attendees", out var attendees) || attendees.GetArrayLength() == 0
            || attendees.EnumerateArray().Any(a => !a.TryGetProperty("emailAddress", out var e) || !e.TryGetProperty("address", out _) || !a.TryGetProperty("type", out _)))
        {
            errors.Add("every attendee needs emailAddress.address and type");
        }

        CheckRecurrence(ev, start, errors);
        if (errors.Count > 0)
        {
            return (400, null);
        }

        lock (gate)
        {
            // Documented purpose of transactionId: the server skips a redundant create of a retried request.
            if (idsByTransaction.TryGetValue(transaction.GetString()!, out var existingId) && Events.TryGetValue(existingId, out var existing))
            {
                return (201, Response(existing));
            }

            var id = "AAMk" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('/', '_').Replace('+', '-');
            var stored = JsonNode.Parse(ev.GetRawText())!.AsObject();
            stored["id"] = id;
            stored["iCalUId"] = "040000008200E00074C5B7101A82E008" + Guid.NewGuid().ToString("N");
            stored["@odata.etag"] = "W/\"" + Guid.NewGuid().ToString("N") + "\"";
            stored["type"] = stored["recurrence"] is null ? "singleInstance" : "seriesMaster";
            stored["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = user } };
            stored["onlineMeeting"] = new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/{id}" };
            stored["webLink"] = $"https://outlook.office365.com/owa/?itemid={id}";
            Events[id] = stored;
            idsByTransaction[transaction.GetString()!] = id;
            return (201, Response(stored));
        }
    }

    private (int, JsonNode?) List(string query)
    {
        var filter = Uri.UnescapeDataString(query);
        var match = ExtendedPropertyFilter().Match(filter);
        if (!match.Success)
        {
            Violations.Enqueue("list without the extended-property filter: " + filter);
            return (400, null);
        }

        var found = Events.Values.Where(e => e["singleValueExtendedProperties"] is JsonArray props
            && props.Any(p => (string?)p!["id"] == match.Groups[1].Value && string.Equals((string?)p["value"], match.Groups[2].Value, StringComparison.OrdinalIgnoreCase)));
        return (200, new JsonObject { ["value"] = new JsonArray([.. found.Select(e => (JsonNode)new JsonObject { ["id"] = (string?)e["id"] })]) });
    }

    private (int, JsonNode?) Update(string id, JsonElement? body, List<string> errors)
    {
        if (body is not { } patch)
        {
            errors.Add("PATCH without body");
            return (400, null);
        }

        contract.ValidateObject(patch, "event", "event", errors);
        foreach (var forbidden in new[] { "transactionId", "onlineMeeting", "isOnlineMeeting", "onlineMeetingProvider" })
        {
            if (patch.TryGetProperty(forbidden, out _))
            {
                errors.Add($"PATCH may not change {forbidden}");
            }
        }

        var start = patch.TryGetProperty("start", out _) ? PropertyDateTimeTimeZone(patch, "start", errors) : null;
        _ = patch.TryGetProperty("end", out _) ? PropertyDateTimeTimeZone(patch, "end", errors) : null;
        CheckRecurrence(patch, start, errors);
        if (errors.Count > 0)
        {
            return (400, null);
        }

        var stored = Events[id];
        foreach (var property in patch.EnumerateObject())
        {
            stored[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        return (200, Response(stored));
    }

    private (int, JsonNode?) Cancel(string user, string id, JsonElement? body, List<string> errors)
    {
        var parameters = body is { } b ? contract.ValidateAction(b, "cancel", "event", errors) : [];
        if (errors.Count > 0)
        {
            return (400, null);
        }

        if (!string.Equals(Organizer(id), user, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("You need to be an organizer to cancel a meeting.");
            return (400, null);
        }

        CancelComments[id] = parameters.TryGetValue("Comment", out var comment) ? comment.GetString() ?? string.Empty : string.Empty;
        Events.TryRemove(id, out _);
        return (202, null);
    }

    private (int, JsonNode?) Delete(string id)
    {
        Events.TryRemove(id, out _);
        return (204, null);
    }

    private (int, JsonNode?) GetSchedule(JsonElement? body, List<string> errors)
    {
        var parameters = body is { } b ? contract.ValidateAction(b, "getSchedule", "calendar", errors) : [];
        foreach (var required in new[] { "Schedules", "StartTime", "EndTime" })
        {
            if (!parameters.ContainsKey(required))
            {
                errors.Add($"getSchedule: {required} is required");
            }
        }

        if (errors.Count > 0)
        {
            return (400, null);
        }

        var start = DateTimeTimeZone(parameters["StartTime"], "StartTime", errors);
        var end = DateTimeTimeZone(parameters["EndTime"], "EndTime", errors);
        var schedules = parameters["Schedules"].EnumerateArray().Select(s => s.GetString()!).ToList();
        var interval = parameters.TryGetValue("AvailabilityViewInterval", out var i) ? i.GetInt32() : 30;
        if (schedules.Count is 0 or > 20 || interval is < 5 or > 1440 || start is null || end is null || end <= start || (end - start) >= TimeSpan.FromDays(62))
        {
            errors.Add("getSchedule: 1–20 schedules, interval 5–1440, window shorter than 62 days");
            return (400, null);
        }

        var value = new JsonArray();
        foreach (var schedule in schedules)
        {
            if (!TenantMailboxes.TryGetValue(schedule, out var busy))
            {
                value.Add(new JsonObject
                {
                    ["scheduleId"] = schedule,
                    ["availabilityView"] = string.Empty,
                    ["error"] = new JsonObject { ["message"] = $"Unable to resolve e-mail address {schedule} to an Active Directory object.", ["responseCode"] = "5009" },
                });
                continue;
            }

            var inWindow = busy.Where(x => x.Start < end && start < x.End).ToList();
            var view = string.Concat(Enumerable.Range(0, (int)Math.Ceiling((end.Value - start.Value).TotalMinutes / interval)).Select(n =>
            {
                var slotStart = start.Value.AddMinutes(n * interval);
                return inWindow.Exists(x => x.Start < slotStart.AddMinutes(interval) && slotStart < x.End) ? '2' : '0';
            }));
            value.Add(new JsonObject
            {
                ["scheduleId"] = schedule,
                ["availabilityView"] = view,
                ["scheduleItems"] = new JsonArray([.. inWindow.Select(x => (JsonNode)new JsonObject
                {
                    ["isPrivate"] = false,
                    ["status"] = "busy",
                    ["start"] = Wall(x.Start),
                    ["end"] = Wall(x.End),
                })]),
            });
        }

        return (200, new JsonObject { ["value"] = value });
    }

    private string? Organizer(string eventId) => (string?)Events[eventId]["organizer"]?["emailAddress"]?["address"];

    /// <summary>The mailbox in the path: the address after /users/, or the signed-in user for /me.</summary>
    private static string Owner(Match path, string? me) => path.Groups[1].Success ? path.Groups[1].Value : me!;

    private static string? BearerToken(RecordedRequest r) =>
        r.Header("Authorization") is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;

    private void CheckHeaders(RecordedRequest r, List<string> errors)
    {
        var token = BearerToken(r);
        var delegated = r.Path.StartsWith("/v1.0/me/", StringComparison.Ordinal);
        if (delegated ? token is null || !SignedInUsers.ContainsKey(token) : token != Token)
        {
            errors.Add(delegated ? "/me needs a delegated token of a signed-in user" : "missing or wrong bearer token");
        }

        var prefer = r.Header("Prefer") ?? string.Empty;
        if (!prefer.Contains($"outlook.timezone=\"{WindowsZone}\"", StringComparison.Ordinal) || !prefer.Contains("IdType=\"ImmutableId\"", StringComparison.Ordinal))
        {
            errors.Add("Prefer headers outlook.timezone and IdType=ImmutableId expected on every request");
        }

        if (!r.Path.StartsWith("/v1.0/users/", StringComparison.Ordinal) && !delegated)
        {
            errors.Add("path must be /v1.0/users/{organizer}/... or /v1.0/me/...");
        }
    }

    private static void CheckRecurrence(JsonElement ev, DateTimeOffset? start, List<string> errors)
    {
        if (!ev.TryGetProperty("recurrence", out var recurrence) || recurrence.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var pattern = recurrence.GetProperty("pattern");
        var range = recurrence.GetProperty("range");
        if (pattern.GetProperty("type").GetString() == "weekly"
            && (!pattern.TryGetProperty("daysOfWeek", out var days) || days.GetArrayLength() == 0 || !pattern.TryGetProperty("firstDayOfWeek", out _)))
        {
            errors.Add("weekly recurrence needs daysOfWeek and firstDayOfWeek");
        }

        if (!pattern.TryGetProperty("interval", out var interval) || interval.GetInt32() <= 0)
        {
            errors.Add("recurrence interval must be positive");
        }

        if (range.GetProperty("type").GetString() == "numbered" && (!range.TryGetProperty("numberOfOccurrences", out var count) || count.GetInt32() <= 0))
        {
            errors.Add("numbered range needs a positive numberOfOccurrences");
        }

        var startDate = range.TryGetProperty("startDate", out var sd) ? sd.GetString() : null;
        if (start is { } s && startDate != TimeZoneInfo.ConvertTime(s, Amsterdam).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            errors.Add("recurrence.range.startDate must equal the start date");
        }
    }

    /// <summary>Checks a dateTimeTimeZone: wall clock "yyyy-MM-ddTHH:mm:ss[.fffffff]" without offset, in an accepted zone name.</summary>
    private static DateTimeOffset? PropertyDateTimeTimeZone(JsonElement parent, string name, List<string> errors)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            errors.Add($"{name} is required");
            return null;
        }

        return DateTimeTimeZone(value, name, errors);
    }

    private static DateTimeOffset? DateTimeTimeZone(JsonElement value, string name, List<string> errors)
    {
        var dateTime = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("dateTime", out var d) ? d.GetString() : null;
        var zone = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("timeZone", out var z) ? z.GetString() : null;
        if (dateTime is null || !WallClock().IsMatch(dateTime))
        {
            errors.Add($"{name}.dateTime must be a local date-time without offset, got '{dateTime}'");
            return null;
        }

        if (zone is null || !AcceptedZones.Contains(zone))
        {
            errors.Add($"{name}.timeZone '{zone}' is not a zone this stand-in accepts (Graph does not document IANA Europe/Amsterdam)");
            return null;
        }

        var local = DateTime.Parse(dateTime, CultureInfo.InvariantCulture);
        var tz = zone == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zone);
        return new DateTimeOffset(local, tz.GetUtcOffset(local));
    }

    private static JsonObject Wall(DateTimeOffset instant) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(instant, Amsterdam).ToString("yyyy-MM-dd'T'HH:mm:ss'.0000000'", CultureInfo.InvariantCulture),
        ["timeZone"] = WindowsZone,
    };

    private static void RequireString(JsonElement ev, string name, List<string> errors)
    {
        if (!ev.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{name} is required");
        }
    }

    /// <summary>What Graph returns: the event without the write-only extension data (those need $expand).</summary>
    private static JsonObject Response(JsonObject stored)
    {
        var copy = stored.DeepClone().AsObject();
        copy.Remove("extensions");
        copy.Remove("singleValueExtendedProperties");
        copy.Remove("@odata.type");
        return copy;
    }

    private static (int, JsonNode?) Unsupported(RecordedRequest r, List<string> errors)
    {
        errors.Add($"{r.Method} {r.Path} is not a Graph v1.0 calendar endpoint this stand-in knows");
        return (404, null);
    }

    private StandInFault? NextFault(RecordedRequest r)
    {
        lock (gate)
        {
            if (faults.TryPeek(out var next) && next.Method == r.Method && r.Path.EndsWith(next.PathEndsWith, StringComparison.Ordinal))
            {
                faults.TryDequeue(out _);
                return next;
            }

            return null;
        }
    }

    private static async Task FaultAsync(HttpContext http, StandInFault fault)
    {
        if (fault.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await WriteErrorAsync(http, fault.Status, fault.Code, fault.Message ?? "Scripted fault");
    }

    private async Task ErrorAsync(HttpContext http, int status, string code, string message, IEnumerable<string> violations)
    {
        foreach (var violation in violations)
        {
            Violations.Enqueue(violation);
        }

        await WriteErrorAsync(http, status, code, message);
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        var error = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString(), ["date"] = "2026-11-22T10:00:00" },
            },
        };
        await http.Response.WriteAsync(error.ToJsonString());
    }

    [GeneratedRegex("^/v1.0/(?:users/([^/]+)|me)/events$")]
    private static partial Regex EventsPath();

    [GeneratedRegex("^/v1.0/(?:users/([^/]+)|me)/events/([^/]+)(|/cancel)$")]
    private static partial Regex EventPath();

    [GeneratedRegex("^/v1.0/(?:users/([^/]+)|me)/calendar/getSchedule$")]
    private static partial Regex SchedulePath();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"singleValueExtendedProperties/Any\(ep: ep/id eq '([^']+)' and ep/value eq '([^']+)'\)")]
    private static partial Regex ExtendedPropertyFilter();
}
