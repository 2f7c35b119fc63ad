using OzaBot.Conversations.Flows.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Reminders;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// The short line of a reminder (Dutch; English where the conversation asked for it). Safe for a group: the case
/// code, dates, roles and fixed agenda words only — never a name, an initial or text someone typed.
/// </summary>
public abstract class ReminderTexts
{
    public static ReminderTexts Dutch { get; } = new DutchTexts();

    public static ReminderTexts English { get; } = new EnglishTexts();

    public static ReminderTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>In the group's next-steps card an action is named by its role only: its description is text someone typed.</summary>
    public static string ActionOfRole(PartnerRole role) => $"Actie van {CaseTexts.RoleName(role)}";

    private static string EnglishAgenda(MeetingKind kind) => kind switch
    {
        MeetingKind.Ozo => "opening and purpose; where each partner stands; who does what, when; next step and evaluation date",
        MeetingKind.Evaluatie => "opening; goals: reached, partly, not; satisfaction of parents, pupil and school; next: continue, adjust or close",
        MeetingKind.Actietafel => "opening; what is stuck; decision and who carries it out; feedback to the OZO team",
        _ => "opening; progress; agreements; next meeting",
    };

    private static string Agenda(DueReminder reminder) =>
        string.Join("; ", SchedulingTexts.DefaultAgenda(reminder.Meeting!.Kind)).ToLowerInvariant();

    public abstract string Line(DueReminder reminder, LocalDates dates);

    /// <param name="from">The configured start of the sending hours.</param>
    /// <param name="until">Their end.</param>
    public abstract string Chosen(bool off, TimeOnly from, TimeOnly until);

    private sealed class DutchTexts : ReminderTexts
    {
        public override string Line(DueReminder reminder, LocalDates dates)
        {
            ArgumentNullException.ThrowIfNull(reminder);
            var code = reminder.Key.Case.Code;
            var day = reminder.Key.Due;
            var roles = string.Join(", ", reminder.Roles.Select(Domain.Guidance.GuidanceTexts.In(Language.Dutch).RoleName));
            var date = dates.Date(day);
            return reminder.Key.Kind switch
            {
                ReminderKind.EvaluationSoon => $"⏰ Herinnering casus {code}: de evaluatie is op **{date}**. Plan het overleg als dat nog niet is gebeurd.",
                ReminderKind.EvaluationDue => $"⏰ Herinnering casus {code}: de evaluatie staat op **{date}** en is nog niet vastgelegd. Typ **evaluatie** om die vast te leggen.",
                ReminderKind.ActionOverdue => $"⏰ Herinnering casus {code}: een actie van **{roles}** is over tijd (datum {date}). Typ **acties** voor de lijst.",
                ReminderKind.PlanNotAgreed => $"⏰ Herinnering casus {code}: het gezamenlijk plan is vier weken na de start van Ontwikkelen nog niet vastgesteld. Typ **plan vaststellen** om het samen af te ronden.",
                _ => $"⏰ Herinnering casus {code}: er is een **{CaseTexts.MeetingName(reminder.Meeting!.Kind)}** gepland op {dates.DateTime(reminder.Meeting.Start)}. Bereid voor: {Agenda(reminder)}.",
            };
        }

        public override string Chosen(bool off, TimeOnly from, TimeOnly until) => off switch
        {
            true => "Herinneringen staan uit voor dit gesprek. Typ **herinneringen aan** om ze weer te krijgen.",
            false => $"Herinneringen staan aan: op schooldagen tussen {from:H\\:mm} en {until:H\\:mm} meld ik evaluaties, acties over tijd, overleggen van morgen en een plan dat na vier weken nog niet is vastgesteld, en elke week komt een overzicht. Typ **herinneringen uit** om ze te stoppen.",
        };
    }

    private sealed class EnglishTexts : ReminderTexts
    {
        public override string Line(DueReminder reminder, LocalDates dates)
        {
            ArgumentNullException.ThrowIfNull(reminder);
            var code = reminder.Key.Case.Code;
            var day = reminder.Key.Due;
            var roles = string.Join(", ", reminder.Roles.Select(Domain.Guidance.GuidanceTexts.In(Language.English).RoleName));
            var date = dates.Date(day);
            return reminder.Key.Kind switch
            {
                ReminderKind.EvaluationSoon => $"⏰ Reminder case {code}: the evaluation is on **{date}**. Plan the meeting if that has not been done yet.",
                ReminderKind.EvaluationDue => $"⏰ Reminder case {code}: the evaluation was due on **{date}** and is not recorded yet. Type **evaluation** to record it.",
                ReminderKind.ActionOverdue => $"⏰ Reminder case {code}: an action of **{roles}** is overdue (date {date}). Type **actions** for the list.",
                ReminderKind.PlanNotAgreed => $"⏰ Reminder case {code}: the joint plan is still not agreed four weeks after Develop started. Type **agree plan** to complete it together.",
                _ => $"⏰ Reminder case {code}: a **{Domain.Guidance.GuidanceTexts.English.MeetingName(reminder.Meeting!.Kind)}** is coming up on {dates.DateTime(reminder.Meeting.Start)}. Prepare: {EnglishAgenda(reminder.Meeting.Kind)}.",
            };
        }

        public override string Chosen(bool off, TimeOnly from, TimeOnly until) => off switch
        {
            true => "Reminders are off for this conversation. Type **reminders on** to get them again.",
            false => $"Reminders are on: on school days between {from:H\\:mm} and {until:H\\:mm} I mention evaluations, overdue actions, tomorrow's meetings and a plan still not agreed after four weeks, with an overview every week. Type **reminders off** to stop them.",
        };
    }
}
