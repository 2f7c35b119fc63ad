using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Reminders;

/// <summary>
/// What the weekly overview says of one open case at a moment: what changed in the week before it, and what is due
/// in the week after it (the evaluation, planned meetings, actions by role, the expected joint plan). Facts a group
/// may see only: counts, dates, roles, kinds — nothing anyone typed.
/// </summary>
public sealed record CaseWeek(
    StoredCase Stored,
    int Changes,
    bool NewStep,
    DateTimeOffset? Evaluation,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<PartnerRole> ActionsDue,
    IReadOnlyList<PartnerRole> ActionsOverdue,
    DateTimeOffset? PlanExpected)
{
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public static CaseWeek Of(StoredCase stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Case;
        var lastWeek = c.History.Where(h => h.At > now - Week && h.At <= now).ToList();
        bool Ahead(DateTimeOffset? at) => at is { } moment && moment >= now && moment < now + Week;
        var open = c.Actions.Where(a => a is { Status: ActionStatus.Open, Due: not null }).ToList();
        return new CaseWeek(
            stored,
            lastWeek.Count,
            lastWeek.Any(h => CaseTexts.History.IsStepStarted(h.What)),
            Ahead(c.NextEvaluationAt) ? c.NextEvaluationAt : null,
            [.. c.Meetings.Where(m => m.Status == MeetingStatus.Gepland && Ahead(m.Start)).OrderBy(m => m.Start)],
            [.. open.Where(a => Ahead(a.Due)).Select(a => a.Owner).Distinct()],
            [.. open.Where(a => a.Due < now).Select(a => a.Owner).Distinct()],
            c.PlanExpectedAt is { } expected && expected < now + Week ? expected : null);
    }
}
