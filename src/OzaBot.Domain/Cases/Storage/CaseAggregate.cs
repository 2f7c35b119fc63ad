using System.Globalization;
using System.Text.Json.Serialization;

namespace OzaBot.Domain.Cases;

/// <summary>
/// What remains of a deleted case for reporting: no code, no ids, no dates finer than a month. Region,
/// track, outcome, how long it ran and how many days each step took (in order); the month it started, the
/// step it was in and whether it was ever escalated (aggregates kept before these three existed have
/// none: an empty month and step, not escalated); and the outcome of its eindevaluatie, if it had one: uitval,
/// doelrealisatie and tevredenheid (1–5) of ouders, leerling and school. The dashboard projects live cases the same way.
/// </summary>
public sealed record CaseAggregate(
    string Region, string Track, string Outcome, string ClosedMonth, int TotalDays, IReadOnlyList<int> DaysPerStep,
    string StartedMonth = "", string Step = "", bool Escalated = false,
    bool? Uitval = null, GoalAttainment? Doelrealisatie = null, int? TevredenheidOuders = null, int? TevredenheidLeerling = null, int? TevredenheidSchool = null)
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
        var outcome = c.Evaluations.LastOrDefault(e => e.Scores is not null)?.Scores;
        string Value(string kind) => entries.First(e => e.Kind == kind).Value;
        return new CaseAggregate(
            Value(CaseIndex.Region),
            Value(CaseIndex.Track),
            Value(CaseIndex.Outcome),
            Month(end),
            (int)(end - c.CreatedAt).TotalDays,
            [.. stepStarts.Zip(stepStarts.Skip(1), (from, to) => (int)(to - from).TotalDays)],
            Month(c.CreatedAt),
            Value(CaseIndex.Step),
            c.Escalations.Count > 0,
            outcome?.Uitval,
            outcome?.Doelrealisatie,
            outcome?.TevredenheidOuders,
            outcome?.TevredenheidLeerling,
            outcome?.TevredenheidSchool)
        {
            OverdueRoles = c.IsClosed ? [] : [.. c.Actions.Where(a => a is { Status: ActionStatus.Open, Due: { } due } && due < now).Select(a => CaseTexts.RoleName(a.Owner))],
        };
    }

    /// <summary>
    /// The role of each open action past its date, for a live case only: it is not kept with a deleted case's
    /// aggregate (a deleted case has nothing overdue).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> OverdueRoles { get; init; } = [];

    /// <summary>Closed cases have their close reason as outcome; open ones "Lopend" or their last evaluation's decision.</summary>
    [JsonIgnore]
    public bool IsClosed => Enum.GetNames<CloseReason>().Contains(Outcome, StringComparer.Ordinal);

    private static string Month(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
