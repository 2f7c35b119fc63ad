using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>The time zone comes from configuration (<c>TimeZone</c>): the same moment reads differently per region, and an unknown zone stops the host.</summary>
public sealed class RegionTimeZoneEndToEndTests
{
    // Monday 7 December 2026, 15:00 UTC: 16:00 in Amsterdam, already Tuesday 00:00 in Tokyo.
    private static readonly DateTimeOffset Moment = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Amsterdam", "ma 7 dec 2026, 16:00")]
    [InlineData("Asia/Tokyo", "di 8 dec 2026, 00:00")]
    public async Task The_plan_card_shows_the_moment_in_the_configured_zone(string zone, string expected)
    {
        await using var channel = await ChannelStandIn.StartAsync();
        await using var bot = await RunningBot.StartAsync(
            ["--Bot:AllowUnauthenticated=true", $"--TimeZone={zone}"],
            builder => builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Moment))));
        var chat = new ChatClient(bot, channel, "a:region-" + zone.Replace('/', '-'));
        await Journeys.CreateCaseAsync(chat);

        Assert.Contains("bijgewerkt " + expected, ChatClient.Transcript(await chat.SayAsync("toon plan")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_zone_stops_the_host_with_the_setting_named()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningBot.StartDevelopmentAsync("--TimeZone=Mars/Olympus"));
        Assert.Contains("TimeZone", refused.Message, StringComparison.Ordinal);
    }
}
