using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Reminders;

/// <summary>
/// Which reminders are due at a moment, from the case repository's due queries: an evaluation within a week
/// and on its day, actions past their date, a meeting on the next school day, a joint plan still not agreed four
/// weeks into Ontwikkelen. Each is checked against the case
/// as loaded (the index may be a moment behind), and identified by case, kind and local date, so the same
/// reminder found again at the next tick is the same <see cref="ReminderKey"/>.
/// </summary>
public sealed class ReminderPlanner(ICaseRepository cases, SchoolCalendar calendar)
{
    /// <summary>How far back an unrecorded evaluation or an overdue action is still reminded (covers a holiday without reminders).</summary>
    public const int LookBackDays = 28;

    public const int EvaluationNoticeDays = 7;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(now);
        var due = new List<(CaseKey Case, ReminderKind Kind, DateOnly Day)>();
        foreach (var item in await cases.DueAsync(CaseDueKind.Evaluation, calendar.StartOf(today.AddDays(-LookBackDays)), calendar.StartOf(today.AddDays(EvaluationNoticeDays + 1)), cancellationToken))
        {
            var day = calendar.LocalDate(item.At);
            due.Add((item.Key, day <= today ? ReminderKind.EvaluationDue : ReminderKind.EvaluationSoon, day));
        }

        foreach (var item in await cases.DueAsync(CaseDueKind.Action, calendar.StartOf(today.AddDays(-LookBackDays)), calendar.StartOf(today), cancellationToken))
        {
            due.Add((item.Key, ReminderKind.ActionOverdue, calendar.LocalDate(item.At)));
        }

        foreach (var item in await cases.DueAsync(CaseDueKind.Meeting, calendar.StartOf(today.AddDays(1)), calendar.StartOf(NextSchoolDay(today).AddDays(1)), cancellationToken))
        {
            due.Add((item.Key, ReminderKind.MeetingTomorrow, calendar.LocalDate(item.At)));
        }

        foreach (var item in await cases.DueAsync(CaseDueKind.PlanAgreement, calendar.StartOf(today.AddDays(-LookBackDays)), calendar.StartOf(today.AddDays(1)), cancellationToken))
        {
            due.Add((item.Key, ReminderKind.PlanNotAgreed, calendar.LocalDate(item.At)));
        }

        var reminders = new List<DueReminder>();
        foreach (var group in due.Distinct().GroupBy(d => d.Case))
        {
            if (await cases.LoadAsync(group.Key, cancellationToken) is not { Case.IsClosed: false } stored)
            {
                continue;
            }

            reminders.AddRange(group.Select(d => Confirm(stored, new ReminderKey(d.Case, d.Kind, d.Day), now)).OfType<DueReminder>());
        }

        return reminders;
    }

    /// <summary>The reminder if the loaded case still has what the index said; null otherwise.</summary>
    private DueReminder? Confirm(StoredCase stored, ReminderKey key, DateTimeOffset now)
    {
        var c = stored.Case;
        switch (key.Kind)
        {
            case ReminderKind.EvaluationSoon or ReminderKind.EvaluationDue:
                return c.NextEvaluationAt is { } at && calendar.LocalDate(at) == key.Due ? new DueReminder(key, stored, [], null) : null;
            case ReminderKind.ActionOverdue:
                var roles = c.Actions.Where(a => a is { Status: ActionStatus.Open, Due: { } d } && d < now && calendar.LocalDate(d) == key.Due)
                    .Select(a => a.Owner).Distinct().ToList();
                return roles.Count > 0 ? new DueReminder(key, stored, roles, null) : null;
            case ReminderKind.PlanNotAgreed:
                return c.PlanExpectedAt is { } expected && calendar.LocalDate(expected) == key.Due ? new DueReminder(key, stored, [], null) : null;
            default:
                var meeting = c.Meetings.FirstOrDefault(m => m.Status == MeetingStatus.Gepland && calendar.LocalDate(m.Start) == key.Due);
                return meeting is null ? null : new DueReminder(key, stored, [], meeting);
        }
    }

    private DateOnly NextSchoolDay(DateOnly today)
    {
        var day = today.AddDays(1);
        for (var i = 0; i < 31 && !calendar.IsSchoolDay(day); i++)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
