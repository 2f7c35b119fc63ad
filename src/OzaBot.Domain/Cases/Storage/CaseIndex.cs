using System.Globalization;

namespace OzaBot.Domain.Cases;

/// <summary>
/// The index entries every repository keeps beside a case so its queries need no full scan: one list,
/// computed here once, so the stores cannot disagree about what a query finds. SQLite keeps them as rows
/// of an indexed table, Azure Tables as index entities in the case's partition (written in the same
/// transactional batch), the memory store computes them on the fly.
/// </summary>
public static class CaseIndex
{
    public const string Conversation = "conversation";
    public const string Closed = "closed";
    public const string Region = "region";
    public const string Track = "track";
    public const string Step = "step";
    public const string Outcome = "outcome";

    /// <summary>The outcome of a case that is neither evaluated nor closed.</summary>
    public const string Running = "Lopend";

    public const int MaxDuePerKind = 30;

    // The open-case entry keeps the name it had when it held the last change, so indexes written then still find every open case.
    public static string Due(CaseDueKind kind) => kind == CaseDueKind.Open ? "due-lastchange" : "due-" + kind.ToString().ToLowerInvariant();

    /// <summary>(kind, value) pairs; times as <see cref="Time"/> so they sort as text.</summary>
    public static IReadOnlyList<(string Kind, string Value)> Entries(StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Case;
        var entries = new List<(string, string)>();
        entries.AddRange(stored.Meta.ConversationIds.Distinct(StringComparer.Ordinal).Select(id => (Conversation, id)));
        entries.Add((Region, string.IsNullOrWhiteSpace(stored.Meta.Label) ? "-" : stored.Meta.Label.Trim()));
        entries.Add((Track, c.Track.ToString()));
        entries.Add((Step, c.CurrentStepId));
        entries.Add((Outcome, c.CloseReason?.ToString() ?? (c.Evaluations.Count > 0 ? c.Evaluations[^1].Decision.ToString() : null) ?? Running));
        if (c.ClosedAt is { } closedAt)
        {
            entries.Add((Closed, Time(closedAt)));
            return entries;
        }

        entries.Add((Due(CaseDueKind.Open), Time(c.CreatedAt)));
        if (c.NextEvaluationAt is { } evaluation)
        {
            entries.Add((Due(CaseDueKind.Evaluation), Time(evaluation)));
        }

        if (c.PlanExpectedAt is { } planExpected)
        {
            entries.Add((Due(CaseDueKind.PlanAgreement), Time(planExpected)));
        }

        entries.AddRange(Latest(CaseDueKind.Action, c.Actions.Where(a => a is { Status: ActionStatus.Open, Due: not null }).Select(a => a.Due!.Value)));
        entries.AddRange(Latest(CaseDueKind.Meeting, c.Meetings.Where(m => m.Status == MeetingStatus.Gepland).Select(m => m.Start)));
        return [.. entries.Distinct()];
    }

    /// <summary>
    /// At most <see cref="MaxDuePerKind"/> distinct times per kind, the latest: a reminder looks ahead, and a
    /// case with dozens of open dated actions must still fit one Azure Table batch (100 entities).
    /// </summary>
    private static IEnumerable<(string, string)> Latest(CaseDueKind kind, IEnumerable<DateTimeOffset> times) =>
        times.Distinct().OrderDescending().Take(MaxDuePerKind).Select(t => (Due(kind), Time(t)));

    /// <summary>UTC with seven fractional digits: sorts as text in time order.</summary>
    public static string Time(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Counts from the (kind, value) entries of a tenant's cases.</summary>
    public static CaseCounts Count(IEnumerable<(string Kind, string Value)> entries)
    {
        var list = entries.ToList();
        IReadOnlyDictionary<string, int> Per(string kind) => list.Where(e => e.Kind == kind)
            .GroupBy(e => e.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new CaseCounts(Per(Region), Per(Track), Per(Step), Per(Outcome));
    }
}
