using System.Globalization;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Reminders;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// The weekly overview's lines (Dutch; English where the conversation asked for it). Safe for a group, like every
/// reminder: case codes, step names, counts, dates, roles and meeting kinds — never a name or text someone typed.
/// </summary>
public abstract class OverviewTexts
{
    public static OverviewTexts Dutch { get; } = new DutchTexts();

    public static OverviewTexts English { get; } = new EnglishTexts();

    public static OverviewTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>More cases than this are counted, not listed: the overview must stay readable on a phone.</summary>
    public const int MaxCases = 10;

    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");

    protected abstract string EvaluationOn(string date);

    protected abstract string ActionsOf(string roles);

    protected abstract string PlanExpectedBy(string date);

    private List<string> Due(CaseWeek week, LocalDates dates)
    {
        var due = new List<string>();
        if (week.Evaluation is { } evaluation)
        {
            due.Add(EvaluationOn(dates.Date(evaluation)));
        }

        due.AddRange(week.Meetings.Select(m => Domain.Guidance.GuidanceTexts.In(dates.Language).MeetingName(m.Kind) + " " + dates.DateTime(m.Start)));
        if (week.ActionsDue.Count > 0)
        {
            due.Add(ActionsOf(Roles(week.ActionsDue, dates.Language)));
        }

        if (week.PlanExpected is { } expected)
        {
            due.Add(PlanExpectedBy(dates.Date(expected)));
        }

        return due;
    }

    private static string Roles(IReadOnlyList<PartnerRole> roles, Language language) => string.Join(", ", roles.Select(Domain.Guidance.GuidanceTexts.In(language).RoleName));

    public abstract string Heading(int cases);

    /// <param name="step">The current step's number and name in the conversation's language.</param>
    public string Case(CaseWeek week, string step, LocalDates dates)
    {
        ArgumentNullException.ThrowIfNull(week);
        var overdue = week.ActionsOverdue.Count == 0 ? null : Roles(week.ActionsOverdue, dates.Language);
        return CaseLines(week.Stored.Code, step, week.NewStep, week.Changes, Due(week, dates), overdue);
    }

    /// <param name="overdueRoles">Who has actions over time, or null when none are.</param>
    protected abstract string CaseLines(string code, string step, bool newStep, int changes, IReadOnlyList<string> due, string? overdueRoles);

    public abstract string More(int more);

    public abstract string Footer { get; }

    public abstract string DayChosen(DayOfWeek day, TimeOnly at, bool remindersOff);

    public abstract string NotASchoolDay { get; }


    private sealed class DutchTexts : OverviewTexts
    {
        protected override string EvaluationOn(string date) => "evaluatie " + date;

        protected override string ActionsOf(string roles) => "acties van " + roles;

        protected override string PlanExpectedBy(string date) => $"het gezamenlijk plan wordt verwacht op {date}";

        public override string Heading(int cases) => $"📋 **Weekoverzicht**: {cases} open {(cases == 1 ? "casus" : "casussen")} in dit gesprek.";

        protected override string CaseLines(string code, string step, bool newStep, int changes, IReadOnlyList<string> due, string? overdueRoles)
        {
            var changed = changes switch
            {
                0 => "geen wijzigingen",
                1 => "1 wijziging",
                var n => $"{n} wijzigingen",
            };
            var lines = $"**{code}** · stap {step}{(newStep ? " (nieuw)" : "")} · {changed} afgelopen week\n\nDeze week: {(due.Count == 0 ? "niets gepland" : string.Join("; ", due))}.";
            return overdueRoles is null ? lines : lines + $" Over tijd: acties van {overdueRoles}.";
        }

        public override string More(int more) => $"En nog {more}: typ **mijn casussen** voor de lijst.";

        public override string Footer => "Typ **overzicht op donderdag** voor een andere dag, of **herinneringen uit** om te stoppen.";

        public override string DayChosen(DayOfWeek day, TimeOnly at, bool remindersOff) => remindersOff
            ? $"Het weekoverzicht komt voortaan op {DutchCulture.DateTimeFormat.GetDayName(day)}, zodra je **herinneringen aan** typt: nu staan ze uit."
            : $"Het weekoverzicht komt voortaan op {DutchCulture.DateTimeFormat.GetDayName(day)} vanaf {at:H\\:mm}.";

        public override string NotASchoolDay => "Het weekoverzicht komt op een schooldag: kies er een, bijvoorbeeld **overzicht op donderdag**.";
    }

    private sealed class EnglishTexts : OverviewTexts
    {
        protected override string EvaluationOn(string date) => "evaluation " + date;

        protected override string ActionsOf(string roles) => "actions of " + roles;

        protected override string PlanExpectedBy(string date) => $"the joint plan is expected by {date}";

        public override string Heading(int cases) => $"📋 **Weekly overview**: {cases} open {(cases == 1 ? "case" : "cases")} in this conversation.";

        protected override string CaseLines(string code, string step, bool newStep, int changes, IReadOnlyList<string> due, string? overdueRoles)
        {
            var changed = changes switch
            {
                0 => "no changes",
                1 => "1 change",
                var n => $"{n} changes",
            };
            var lines = $"**{code}** · step {step}{(newStep ? " (new)" : "")} · {changed} last week\n\nThis week: {(due.Count == 0 ? "nothing due" : string.Join("; ", due))}.";
            return overdueRoles is null ? lines : lines + $" Overdue: actions of {overdueRoles}.";
        }

        public override string More(int more) => $"And {more} more: type **my cases** for the list.";

        public override string Footer => "Type **overview on thursday** for another day, or **reminders off** to stop.";

        public override string DayChosen(DayOfWeek day, TimeOnly at, bool remindersOff) => remindersOff
            ? $"The weekly overview now comes on {day}, once you type **reminders on**: they are off now."
            : $"The weekly overview now comes on {day} from {at:H\\:mm}.";

        public override string NotASchoolDay => "The weekly overview comes on a school day: choose one, such as **overview on thursday**.";
    }
}
