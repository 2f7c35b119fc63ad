namespace OzaBot.Domain.Reminders;

/// <summary>What a reminder is about; with the case and the due date it is the reminder's identity (<see cref="ReminderKey"/>).</summary>
public enum ReminderKind
{
    /// <summary>The next evaluation is within a week.</summary>
    EvaluationSoon,

    /// <summary>The next evaluation is today (or was due and is still not recorded).</summary>
    EvaluationDue,

    /// <summary>An open action is past its date.</summary>
    ActionOverdue,

    /// <summary>A planned meeting is tomorrow.</summary>
    MeetingTomorrow,

    /// <summary>The joint plan is still not agreed <see cref="Cases.Case.PlanExpectedWithinDays"/> days after Ontwikkelen started.</summary>
    PlanNotAgreed,

    /// <summary>A conversation's weekly overview of its open cases (not about one case; counted with the reminders).</summary>
    WeeklyOverview,
}
