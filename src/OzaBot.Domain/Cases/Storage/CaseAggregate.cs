using System.Globalization;

namespace OzaBot.Domain.Cases;

/// <summary>
/// What remains of a deleted case for reporting: no code, no ids, no dates finer than a month. Region,
/// track, outcome, how long it ran and how many days each step took (in order).
/// </summary>
public sealed record CaseAggregate(string Region, string Track, string Outcome, string ClosedMonth, int TotalDays, IReadOnlyList<int> DaysPerStep)
{
    public static CaseAggregate From(StoredCase stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Case;
        var end = c.ClosedAt ?? now;
        var stepStarts = new List<DateTimeOffset> { c.CreatedAt };
        stepStarts.AddRange(c.History.Where(h => CaseTexts.History.IsStepStarted(h.What)).Select(h => h.At));
        stepStarts.Add(end);
        var entries = CaseIndex.Entries(stored);
        string Value(string kind) => entries.First(e => e.Kind == kind).Value;
        return new CaseAggregate(
            Value(CaseIndex.Region),
            Value(CaseIndex.Track),
            Value(CaseIndex.Outcome),
            end.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            (int)(end - c.CreatedAt).TotalDays,
            [.. stepStarts.Zip(stepStarts.Skip(1), (from, to) => (int)(to - from).TotalDays)]);
    }
}
