using System.Collections.Frozen;
using System.Text.RegularExpressions;
using OzaBot.BotFramework.Diagnostics;
using OzaBot.Domain.Privacy;
using OzaBot.Integrations.Diagnostics;

namespace OzaBot.Host.Telemetry;

/// <summary>
/// What may leave the host as telemetry. Values of a few known keys are fixed words (methods, status codes,
/// route templates, our own tags) and pass; URLs keep scheme, host and the path segments we know (our routes,
/// the Connector's, Graph's), so conversation ids, .ics and export tokens, mailboxes and table keys in a path
/// become <c>{id}</c> and queries go; the caller's address and user agent go; in any other text URLs are treated so, e-mail addresses and conversation
/// ids are replaced, and a value in which <see cref="PersonalData"/> finds a name, phone number, BSN, … is
/// replaced whole.
/// </summary>
internal sealed partial class TelemetryScrubber(TimeProvider time)
{
    public const string Redacted = "[redacted]";

    private static readonly FrozenSet<string> SafeKeys = FrozenSet.Create(
        StringComparer.Ordinal,
        "http.request.method", "http.request.method_original", "http.response.status_code", "http.route", "url.scheme", "server.address", "server.port",
        "network.protocol.name", "network.protocol.version", "error.type", "{OriginalFormat}",
        BotTelemetry.ActivityTypeTag, BotTelemetry.ChannelTag, BotTelemetry.OutcomeTag, IntegrationsTelemetry.StoreTag, IntegrationsTelemetry.OperationTag);

    // Who opened a link (an .ics file, an export) is personal: the caller's address and browser are dropped.
    private static readonly FrozenSet<string> RedactedKeys = FrozenSet.Create(StringComparer.Ordinal, "url.query", "client.address", "network.peer.address", "user_agent.original");

    private static readonly FrozenSet<string> UrlKeys = FrozenSet.Create(StringComparer.Ordinal, "url.full", "url.path", "url.original", "http.url", "http.target");

    private static readonly FrozenSet<string> KnownSegments = FrozenSet.Create(
        StringComparer.Ordinal,
        "api", "messages", "healthz", "readyz", "privacy", "terms", "calendar", "export", "debug", "store-counters",
        "_connector", "v3", "conversations", "activities", "members", "pagedmembers", "attachments",
        "v1.0", "users", "events", "calendarView", "getSchedule", "findMeetingTimes", "cancel", "instances",
        "oauth2", "v2.0", "token", "keys", ".well-known", "openidconfiguration", "openid-configuration");

    /// <summary>Tag keys metrics may keep (a metric's other tags are dropped): their values are fixed words.</summary>
    public static readonly string[] MetricTagKeys =
    [
        "http.request.method", "http.response.status_code", "http.route", "url.scheme", "server.address", "server.port",
        "network.protocol.name", "network.protocol.version", "error.type",
        BotTelemetry.ActivityTypeTag, BotTelemetry.ChannelTag, BotTelemetry.OutcomeTag, IntegrationsTelemetry.StoreTag, IntegrationsTelemetry.OperationTag,
        IntegrationsTelemetry.ReminderKindTag,
    ];

    public object? Scrub(string key, object? value) => value is string text ? Scrub(key, text) : value;

    public string Scrub(string key, string value) =>
        SafeKeys.Contains(key) ? value
        : RedactedKeys.Contains(key) ? Redacted
        : UrlKeys.Contains(key) ? ScrubUrl(value)
        : ScrubText(value);

    public string ScrubText(string text)
    {
        var scrubbed = AbsoluteUrl().Replace(text, m => ScrubUrl(m.Value));
        scrubbed = TokenPath().Replace(scrubbed, m => m.Groups["route"].Value + "{id}");
        scrubbed = Email().Replace(scrubbed, Redacted);
        scrubbed = ConversationId().Replace(scrubbed, Redacted);
        return PersonalData.Find(scrubbed, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is null ? scrubbed : Redacted;
    }

    private static string ScrubUrl(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.GetLeftPart(UriPartial.Authority) + ScrubPath(uri.AbsolutePath);
        }

        return url.StartsWith('/') ? ScrubPath(url.Split('?', 2)[0]) : Redacted;
    }

    private static string ScrubPath(string path) =>
        string.Join('/', path.Split('/').Select(segment => segment.Length == 0 || KnownSegments.Contains(Uri.UnescapeDataString(segment)) ? segment : "{id}"));

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"(?<route>/(?:calendar|export)/)[^\s/""'?]+")]
    private static partial Regex TokenPath();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    // Teams and Bot Framework ids: a:…, 19:…@thread…, 28:/29: user and bot ids, 8:orgid:…
    [GeneratedRegex(@"\b(?:a|8|19|28|29):[^\s""'()\[\],;]+")]
    private static partial Regex ConversationId();
}
