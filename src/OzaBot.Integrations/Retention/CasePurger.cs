using Microsoft.Extensions.Logging;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;

namespace OzaBot.Integrations.Retention;

/// <summary>
/// One retention pass: under the store lease, every case closed longer ago than
/// <see cref="RetentionOptions.ClosedCaseDays"/> goes through the <see cref="CaseEraser"/> (case, meetings,
/// .ics links; the deletion record and the anonymous aggregate stay). Safe with several instances: the lease
/// lets one pass run at a time, and the conditional delete erases a case at most once even if two passes overlap.
/// </summary>
public sealed partial class CasePurger(ICaseRepository cases, CaseEraser eraser, StoreLease lease, RetentionOptions options, TimeProvider time, ILogger<CasePurger> logger)
{
    /// <summary>How long one pass may hold the lease.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    /// <returns>How many cases this pass purged (0 when another instance holds the lease).</returns>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        if (!await lease.TryAcquireAsync(LeaseDuration, cancellationToken))
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var purged = 0;
        foreach (var key in await cases.ClosedBeforeAsync(options.Cutoff(now), cancellationToken))
        {
            if (await cases.LoadAsync(key, cancellationToken) is not { Case.ClosedAt: { } closedAt } stored || closedAt >= options.Cutoff(now))
            {
                continue;
            }

            try
            {
                await eraser.EraseAsync(stored, new CaseDeletion(now, CaseDeletion.Retention, CaseDeletion.Retention), cancellationToken);
                purged++;
            }
            catch (StorageConflictException)
            {
                // Changed or purged by someone else meanwhile: the next pass looks again.
            }
        }

        LogPurged(logger, purged);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purged {Count} closed case(s).")]
    private static partial void LogPurged(ILogger logger, int count);
}
