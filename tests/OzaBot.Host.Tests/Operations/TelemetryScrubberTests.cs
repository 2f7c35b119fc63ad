using Microsoft.Extensions.Time.Testing;
using OzaBot.Host.Telemetry;

namespace OzaBot.Host.Tests.Operations;

public sealed class TelemetryScrubberTests
{
    private readonly TelemetryScrubber _scrubber = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("url.full", "https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.v2/activities/1234?x=1", "https://smba.trafficmanager.net/{id}/v3/conversations/{id}/activities/{id}")]
    [InlineData("url.full", "https://graph.microsoft.com/v1.0/users/ozabot%40school.nl/calendar/events", "https://graph.microsoft.com/v1.0/users/{id}/calendar/events")]
    [InlineData("url.path", "/calendar/Qm9vbGVhbi1zZWNyZXQ.ics", "/calendar/{id}")]
    [InlineData("url.query", "?token=abc", TelemetryScrubber.Redacted)]
    [InlineData("client.address", "192.0.2.17", TelemetryScrubber.Redacted)]
    [InlineData("http.route", "/calendar/{token}.ics", "/calendar/{token}.ics")]
    [InlineData("exception.message", "Connector POST failed for a:personal-1", "Connector POST failed for [redacted]")]
    [InlineData("message", "Mail sent to jan.jansen@example.nl", "Mail sent to [redacted]")]
    [InlineData("message", "Gesprek met Jan Jansen", TelemetryScrubber.Redacted)]
    [InlineData("message", "Bel 06-12345678", TelemetryScrubber.Redacted)]
    [InlineData("message", "Link: http://127.0.0.1:3978/export/abcdef.html", "Link: http://127.0.0.1:3978/export/{id}")]
    [InlineData("message", "Turn failed for a message activity on msteams", "Turn failed for a message activity on msteams")]
    public void Only_fixed_words_and_known_path_segments_pass(string key, string value, string expected) =>
        Assert.Equal(expected, _scrubber.Scrub(key, value));
}
