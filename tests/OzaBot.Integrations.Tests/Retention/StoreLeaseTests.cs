using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.State;
using OzaBot.Integrations.Retention;
using OzaBot.Testing.Flow;

namespace OzaBot.Integrations.Tests.Retention;

public sealed class StoreLeaseTests
{
    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task One_holder_at_a_time_until_the_lease_runs_out_and_the_holder_may_renew()
    {
        var a = new StoreLease(_storage, "retention", "host-a", _time);
        var b = new StoreLease(_storage, "retention", "host-b", _time);

        Assert.True(await a.TryAcquireAsync(TimeSpan.FromMinutes(10), default));
        Assert.False(await b.TryAcquireAsync(TimeSpan.FromMinutes(10), default));
        Assert.True(await a.TryAcquireAsync(TimeSpan.FromMinutes(10), default));

        _time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await b.TryAcquireAsync(TimeSpan.FromMinutes(10), default));
        Assert.False(await a.TryAcquireAsync(TimeSpan.FromMinutes(10), default));
    }

    [Fact]
    public async Task Of_many_instances_racing_for_a_free_lease_exactly_one_wins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => new StoreLease(_storage, "retention", "host-" + i, _time).TryAcquireAsync(TimeSpan.FromMinutes(10), default))));

        Assert.Equal(1, results.Count(won => won));
    }
}
