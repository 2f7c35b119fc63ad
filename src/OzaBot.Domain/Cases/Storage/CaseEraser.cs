using OzaBot.Domain.Scheduling;

namespace OzaBot.Domain.Cases;

/// <summary>
/// The one way a case goes away, for "verwijder casus" and the retention job alike: the case with
/// everything stored with it (in one transaction, leaving the deletion record and the anonymous
/// aggregate), then the calendar's documents of its meetings (the .ics links answer 404 from then on).
/// </summary>
public sealed class CaseEraser(ICaseRepository cases, ICalendarService? calendar = null)
{
    /// <summary>Throws the store's conflict exception, erasing nothing, when the case changed since it was read.</summary>
    public async Task EraseAsync(StoredCase stored, CaseDeletion deletion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await cases.DeleteAsync(stored, deletion, cancellationToken);

        // After the case: a conflict above must leave its meetings in place. Forgetting is idempotent.
        if (calendar is not null)
        {
            await calendar.ForgetCaseAsync(stored.Code, cancellationToken);
        }
    }
}
