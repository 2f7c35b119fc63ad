using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Authentication;
using OzaBot.Testing.Channel;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Authentication;

public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private readonly FakeTimeProvider _clock = new();
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Keys_carry_their_endorsements_and_are_fetched_once_while_fresh()
    {
        using var cache = Cache();

        var key = await cache.FindAsync("channel-key", default);
        await cache.FindAsync("channel-key", default);

        Assert.Contains("msteams", key!.Endorsements!);
        Assert.Equal(1, _channel.MetadataRequests);
    }

    [Fact]
    public async Task An_unknown_key_id_forces_one_refetch_but_not_a_storm()
    {
        using var cache = Cache();
        await cache.FindAsync("channel-key", default);
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(await cache.FindAsync("rotated-key", default));
        Assert.Null(await cache.FindAsync("rotated-key", default));
        Assert.Null(await cache.FindAsync("another-key", default));

        Assert.Equal(2, _channel.MetadataRequests);
    }

    [Fact]
    public async Task Keys_are_refetched_after_the_refresh_interval()
    {
        using var cache = Cache();
        await cache.FindAsync("channel-key", default);
        _clock.Advance(TimeSpan.FromHours(13));

        await cache.FindAsync("channel-key", default);

        Assert.Equal(2, _channel.MetadataRequests);
    }

    private SigningKeyCache Cache() => new(Http, _channel.ChannelMetadataUrl, new BotAuthenticationOptions(), _clock);
}
