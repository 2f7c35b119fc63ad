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
public static class OverviewTexts
{
    /// <summary>More cases than this are counted, not listed: the overview must stay readable on a phone.</summary>
    public const int MaxCases = 10;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Heading(int cases, bool english) => english
        ? $"📋 **Weekly overview**: {cases} open {(cases == 1 ? "case" : "cases")} in this conversation."
        : $"📋 **Weekoverzicht**: {cases} open {(cases == 1 ? "casus" : "casussen")} in dit gesprek.";

    /// <param name="step">The current step's number and name in the conversation's language.</param>
    public static string Case(CaseWeek week, string step, bool english)
    {
        ArgumentNullException.ThrowIfNull(week);
        var changed = (week.Changes, english) switch
        {
            (0, false) => "geen wijzigingen",
            (1, false) => "1 wijziging",
            (var n, false) => $"{n} wijzigingen",
            (0, true) => "no changes",
            (1, true) => "1 change",
            (var n, true) => $"{n} changes",
        };
        var newStep = week.NewStep ? (english ? " (new)" : " (nieuw)") : "";
        var due = Due(week, english);
        var lines = english
            ? $"**{week.Stored.Code}** · step {step}{newStep} · {changed} last week\n\nThis week: {(due.Count == 0 ? "nothing due" : string.Join("; ", due))}."
            : $"**{week.Stored.Code}** · stap {step}{newStep} · {changed} afgelopen week\n\nDeze week: {(due.Count == 0 ? "niets gepland" : string.Join("; ", due))}.";
        return week.ActionsOverdue.Count == 0 ? lines
            : lines + (english ? $" Overdue: actions of {Roles(week.ActionsOverdue, english)}." : $" Over tijd: acties van {Roles(week.ActionsOverdue, english)}.");
    }

    public static string More(int more, bool english) => english
        ? $"And {more} more: type **mijn casussen** for the list."
        : $"En nog {more}: typ **mijn casussen** voor de lijst.";

    public static string Footer(bool english) => english
        ? "Type **overview on thursday** for another day, or **reminders off** to stop."
        : "Typ **overzicht op donderdag** voor een andere dag, of **herinneringen uit** om te stoppen.";

    public static string DayChosen(bool english, DayOfWeek day, TimeOnly at, bool remindersOff) => (english, remindersOff) switch
    {
        (false, false) => $"Het weekoverzicht komt voortaan op {Dutch.DateTimeFormat.GetDayName(day)} vanaf {at:H\\:mm}.",
        (false, true) => $"Het weekoverzicht komt voortaan op {Dutch.DateTimeFormat.GetDayName(day)}, zodra je **herinneringen aan** typt: nu staan ze uit.",
        (true, false) => $"The weekly overview now comes on {day} from {at:H\\:mm}.",
        (true, true) => $"The weekly overview now comes on {day}, once you type **reminders on**: they are off now.",
    };

    public static string NotASchoolDay(bool english) => english
        ? "The weekly overview comes on a school day: choose one, such as **overview on thursday**."
        : "Het weekoverzicht komt op een schooldag: kies er een, bijvoorbeeld **overzicht op donderdag**.";

    private static List<string> Due(CaseWeek week, bool english)
    {
        var due = new List<string>();
        if (week.Evaluation is { } evaluation)
        {
            due.Add((english ? "evaluation " : "evaluatie ") + Date(evaluation, english));
        }

        due.AddRange(week.Meetings.Select(m => CaseTexts.MeetingName(m.Kind) + " " + DateTime(m.Start, english)));
        if (week.ActionsDue.Count > 0)
        {
            due.Add((english ? "actions of " : "acties van ") + Roles(week.ActionsDue, english));
        }

        if (week.PlanExpected is { } expected)
        {
            due.Add(english ? $"the joint plan is expected by {Date(expected, english)}" : $"het gezamenlijk plan wordt verwacht op {Date(expected, english)}");
        }

        return due;
    }

    private static string Roles(IReadOnlyList<PartnerRole> roles, bool english) => string.Join(", ", roles.Select(Domain.Guidance.GuidanceTexts.In(english ? Language.English : Language.Dutch).RoleName));

    private static string Date(DateTimeOffset at, bool english) => DutchDates.Date(at, english ? Language.English : Language.Dutch);

    private static string DateTime(DateTimeOffset at, bool english) => DutchDates.DateTime(at, english ? Language.English : Language.Dutch);
}
