using Microsoft.Extensions.DependencyInjection;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Integrations.Retention;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// Retention with two hosts on one SQLite file (each its own services, connections, lease holder and
/// hourly job, as two processes would have): every case closed longer ago than the retention period is
/// purged exactly once, the rest stays.
/// </summary>
public sealed class RetentionEndToEndTests
{
    [Fact]
    public async Task Two_hosts_purging_at_once_purge_each_expired_case_exactly_once()
    {
        var database = RunningBot.NewDatabasePath();
        await using var first = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}", "--Retention:ClosedCaseDays=30");
        await using var second = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}", "--Retention:ClosedCaseDays=30");
        var cases = first.Services.GetRequiredService<ICaseRepository>();
        var now = DateTimeOffset.UtcNow;
        var expired = new List<CaseKey>();
        for (var i = 0; i < 6; i++)
        {
            expired.Add((await cases.SaveAsync(Closed(now.AddDays(-31 - i)))).Key);
        }

        var recent = (await cases.SaveAsync(Closed(now.AddDays(-29)))).Key;
        var open = (await cases.SaveAsync(Closed(null))).Key;

        var purged = await Task.WhenAll(
            first.Services.GetRequiredService<CasePurger>().PurgeAsync(CancellationToken.None),
            second.Services.GetRequiredService<CasePurger>().PurgeAsync(CancellationToken.None));

        // Each host's own hourly job also ran a pass at start-up: together every pass purged each case once.
        Assert.True(purged.Sum() <= expired.Count);
        foreach (var key in expired)
        {
            Assert.Null(await cases.LoadAsync(key));
            Assert.Equal(CaseDeletion.Retention, (await cases.FindDeletionAsync(key))!.By);
        }

        Assert.Equal(expired.Count, (await cases.AggregatesAsync(RunningBot.TenantId)).Count);
        Assert.NotNull(await cases.LoadAsync(recent));
        Assert.NotNull(await cases.LoadAsync(open));
    }

    private static StoredCase Closed(DateTimeOffset? closedAt)
    {
        var opened = Case.Open(ProcessCatalogue.Default, Track.OzaIndividueel, null, new Actor("aad-owner", (closedAt ?? DateTimeOffset.UtcNow).AddDays(-60))).Value!;
        if (closedAt is { } at)
        {
            opened.Close(CloseReason.DoelenBereikt, new Actor("aad-owner", at));
        }

        return new StoredCase(opened, new CaseMeta { TenantId = RunningBot.TenantId, Label = "Regio", ConversationIds = ["a:retention"] });
    }
}
