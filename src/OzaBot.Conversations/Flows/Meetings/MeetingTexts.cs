using OzaBot.Domain.Cases;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>Everything the meeting flows say, Dutch first, English when the user's locale is English.</summary>
public abstract class MeetingTexts
{
    public static MeetingTexts Dutch { get; } = new DutchTexts();

    public static MeetingTexts English { get; } = new EnglishTexts();

    public static MeetingTexts In(Language language) => language == Language.English ? English : Dutch;

    public const string NotRecordedComment = "Dit overleg is vervallen.";

    /// <summary>Other ways to say a duration; 60 minutes is the default ("standaard").</summary>
    public static string[] DurationSynonyms(int minutes) => minutes switch
    {
        30 => ["half uur", "halfuur", "half an hour"],
        45 => ["drie kwartier", "three quarters"],
        60 => ["uur", "1 uur", "een uur", "standaard", "default", "an hour"],
        90 => ["anderhalf uur", "1,5 uur", "an hour and a half"],
        _ => [],
    };

    public static string NoLabel => "—";

    public static string CurrentStep(string stepName) => "Huidige stap: " + stepName;

    public const string CancelComment = "Dit overleg gaat niet door. Een nieuwe afspraak volgt via de organisator.";

    public abstract string NoCalendar { get; }

    public abstract string AskKind { get; }

    public abstract string AskRoles(IReadOnlyList<PartnerRole> offered);

    public abstract string RolesNotUnderstood(string part);

    public abstract string OzoNeedsSchool { get; }

    public abstract string AskOrganizerEmail { get; }

    public abstract string AskRoleEmail(PartnerRole role);

    public abstract string FamilyInvitedBySchool { get; }

    public abstract string EmailRetry { get; }

    public abstract string AskDuration { get; }

    public abstract string AskWindow { get; }

    public abstract string NoSlots { get; }

    public abstract string PickSlotHint { get; }

    public abstract string SlotsRejected { get; }

    public abstract string SlotNotUnderstood { get; }

    public abstract string Unknown(IReadOnlyList<PartnerRole> roles);

    public abstract string Confirm(MeetingKind kind, string when, IEnumerable<PartnerRole> roles);

    public abstract string SlotPassed { get; }

    public abstract string TryAgain { get; }

    public abstract string SignIn { get; }

    public abstract string SignInButton { get; }

    public abstract string NothingPlanned { get; }

    public abstract string Planned(MeetingKind kind, string code);

    public abstract string OpenIcs { get; }

    public abstract string Duration(int minutes);

    public abstract string LocationOnline { get; }

    public abstract string LocationToAgree { get; }

    public abstract string Invited { get; }

    public abstract string Purpose(MeetingKind kind);

    public abstract string NoPlannedMeetings(string code);

    public abstract string WhichMeeting { get; }

    public abstract string SignInToChange { get; }

    public abstract string NotChangedWithoutSignIn { get; }

    public abstract string OutlookChangeFailed(bool signInExpired);

    public abstract string NotInCalendar { get; }

    public abstract string AskNewWindow { get; }

    public abstract string AskNewSlot { get; }

    public abstract string Moved(MeetingKind kind, string when);

    public abstract string ConfirmCancel(MeetingKind kind, string when);

    public abstract string Cancelled(MeetingKind kind);

    public abstract string CancelledLocal { get; }

    public abstract string KeptMeeting { get; }

    public abstract string Help { get; }

    /// <summary>A line of the (Dutch) invitation as a card shows it: quoted in English, because it stays Dutch.</summary>
    public abstract string InvitationLine(string line);

    private sealed class DutchTexts : MeetingTexts
    {
        public override string InvitationLine(string line) => line;

        public override string Help => "Ik plan een overleg voor deze casus: wie, hoe lang, wanneer. Ik zet alleen de casuscode en de agenda in de uitnodiging, nooit een naam. Typ **stop** om te stoppen.";

        public override string NoCalendar => "De agendakoppeling van OzaBot staat nog uit. Vraag je ICT-beheerder om die aan te zetten; plan het overleg tot die tijd in Outlook.";

        public override string AskKind => "Welk overleg wil je plannen?";

        public override string AskRoles(IReadOnlyList<PartnerRole> offered)
        {
            var list = string.Join("\n", offered.Select((r, i) => $"{i + 1}. {GuidanceTexts.In(Language.Dutch).RoleLabel(r)}"));
            return $"Wie nodig je uit? Typ de nummers of rollen, bijv. **1, 3**, of **allemaal**. E-mailadressen mag je erbij typen.\n\n{list}";
        }

        public override string RolesNotUnderstood(string part) => $"\"{part}\" ken ik hier niet als rol. Typ nummers uit de lijst, bijv. **1, 2**, of **allemaal**.";

        public override string OzoNeedsSchool => "De school roept het OZO bijeen, dus ik nodig de school ook uit.";

        public override string AskOrganizerEmail => "Wat is jouw e-mailadres? Jij bent de organisator van het overleg.";

        public override string AskRoleEmail(PartnerRole role) => $"Wat is het e-mailadres van **{CaseTexts.TheRole(role)}**? (Dat komt alleen in de uitnodiging.)";

        public override string FamilyInvitedBySchool => "Ouders en leerling krijgen geen uitnodiging van OzaBot en OzaBot bewaart geen adres van hen: de school nodigt hen zelf uit.";

        public override string EmailRetry => "Dat is geen e-mailadres. Typ het zo: **naam@school.nl**.";

        public override string AskDuration => "Hoe lang duurt het overleg?";

        public override string AskWindow => "Vanaf wanneer zoek ik een tijd? Ik kijk twee weken vooruit. Typ bijv. **vandaag** of **volgende week maandag**.";

        public override string NoSlots => "In die twee weken vond ik geen vrije tijd op schooldagen. Kies een andere startdatum.";

        public override string PickSlotHint => "Kies een tijdstip op de kaart, of typ het nummer.";

        public override string SlotsRejected => "Dan zoek ik in een andere periode.";

        public override string SlotNotUnderstood => "Kies een van de tijdstippen op de kaart (of typ het nummer).";

        public override string Unknown(IReadOnlyList<PartnerRole> roles) => $"Beschikbaarheid onbekend van {CaseTexts.List(roles.Select(CaseTexts.TheRole))}.";

        public override string Confirm(MeetingKind kind, string when, IEnumerable<PartnerRole> roles) => $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} inplannen op {when} met {CaseTexts.List(roles.Select(CaseTexts.TheRole))}?";

        public override string SlotPassed => "Dat tijdstip is inmiddels voorbij. Hier zijn nieuwe tijden.";

        public override string TryAgain => "Zal ik het opnieuw proberen?";

        public override string SignIn => "Meld je aan, dan zet ik het overleg in je eigen Outlook-agenda met een Teams-link. Liever niet? Typ **nee**: je krijgt dan een .ics-bestand.";

        public override string SignInButton => "Aanmelden";

        public override string NothingPlanned => "Goed, er is niets ingepland.";

        public override string Planned(MeetingKind kind, string code) => $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} van casus {code} is gepland.";

        public override string OpenIcs => "Open het agenda-bestand in Outlook en verstuur de uitnodiging vandaar.";

        public override string Duration(int minutes) => $"{minutes} minuten";

        public override string LocationOnline => "Online (Microsoft Teams)";

        public override string LocationToAgree => "Nog af te spreken (zie het agenda-bestand)";

        public override string Invited => "uitgenodigd";

        public override string Purpose(MeetingKind kind) => kind switch
        {
            MeetingKind.Ozo => "Samen het beeld, de doelen en de afspraken van het arrangement bespreken.",
            MeetingKind.Evaluatie => "Terugkijken op de doelen en besluiten hoe het verder gaat.",
            MeetingKind.Actietafel => "Doorbreken wat is vastgelopen, met wie kan besluiten.",
            _ => "Voortgang en afspraken van de projectgroep.",
        };

        public override string NoPlannedMeetings(string code) => $"Voor casus {code} staat geen overleg gepland. Typ **plan een OZO** om er een te plannen.";

        public override string WhichMeeting => "Welk overleg bedoel je?";

        public override string SignInToChange => "Dit overleg staat in de Outlook-agenda van wie het plande. Meld je aan om het daar te wijzigen. Liever niet? Typ **nee**: er verandert niets.";

        public override string NotChangedWithoutSignIn => "Zonder aanmelding kan ik het overleg in Outlook niet wijzigen. Er is niets veranderd.";

        public override string OutlookChangeFailed(bool signInExpired) => signInExpired switch
        {
            true => "Je aanmelding is verlopen. Er is niets veranderd; probeer het opnieuw en meld je weer aan.",
            false => "Dit overleg staat niet in jouw eigen Outlook-agenda: alleen wie het plande kan het verzetten of afzeggen. Er is niets veranderd.",
        };

        public override string NotInCalendar => "Dit overleg is niet via de agenda van OzaBot gepland; verzet of annuleer het in je eigen agenda.";

        public override string AskNewWindow => "Vanaf wanneer zoek ik een nieuwe tijd? Typ bijv. **vandaag** of **volgende week maandag**.";

        public override string AskNewSlot => "Welke nieuwe tijd?";

        public override string Moved(MeetingKind kind, string when) => $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} is verzet naar {when}.";

        public override string ConfirmCancel(MeetingKind kind, string when) => $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} van {when} annuleren? De genodigden krijgen een afzegging.";

        public override string Cancelled(MeetingKind kind) => $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} is geannuleerd.";

        public override string CancelledLocal => "Open het agenda-bestand opnieuw in Outlook, zodat de afzegging iedereen bereikt.";

        public override string KeptMeeting => "Goed, het overleg blijft staan.";
    }

    private sealed class EnglishTexts : MeetingTexts
    {
        public override string InvitationLine(string line) => $"“{line}”";

        public override string Help => "I plan a meeting for this case: who, how long, when. The invitation carries only the case code and the agenda, never a name. Type **stop** to stop.";

        public override string NoCalendar => "No calendar is set up for OzaBot yet. Ask your admin to set Calendar:Provider (see the calendar docs); until then, plan the meeting in Outlook.";

        public override string AskKind => "Which meeting do you want to plan?";

        public override string AskRoles(IReadOnlyList<PartnerRole> offered)
        {
            var list = string.Join("\n", offered.Select((r, i) => $"{i + 1}. {GuidanceTexts.In(Language.English).RoleLabel(r)}"));
            return $"Who do you invite? Type the numbers or roles, e.g. **1, 3**, or **all**. You may add e-mail addresses.\n\n{list}";
        }

        public override string RolesNotUnderstood(string part) => $"I don't know \"{part}\" as a role here. Type numbers from the list, e.g. **1, 2**, or **all**.";

        public override string OzoNeedsSchool => "An OZO is convened by the school: the school is invited too.";

        public override string AskOrganizerEmail => "What is your e-mail address? You are the organiser of the meeting.";

        public override string AskRoleEmail(PartnerRole role) => $"What is the e-mail address for **{GuidanceTexts.English.RoleLabel(role)}**? (It only goes into the invitation.)";

        public override string FamilyInvitedBySchool => "OzaBot sends parents and pupil no invitation and keeps no address of theirs: the school invites them itself.";

        public override string EmailRetry => "That is not an e-mail address. Type it like **name@school.nl**.";

        public override string AskDuration => "How long should it take?";

        public override string AskWindow => "From when shall I look for a time? I look two weeks ahead. Type e.g. **today** or **next monday**.";

        public override string NoSlots => "I found no free time on school days in those two weeks. Pick another start date.";

        public override string PickSlotHint => "Pick a time on the card, or type its number.";

        public override string SlotsRejected => "Then I'll look in another period.";

        public override string SlotNotUnderstood => "Please pick one of the times on the card (or type its number).";

        public override string Unknown(IReadOnlyList<PartnerRole> roles) => $"Availability unknown for: {string.Join(", ", roles.Select(GuidanceTexts.English.RoleLabel))}.";

        public override string Confirm(MeetingKind kind, string when, IEnumerable<PartnerRole> roles) => $"Plan the {GuidanceTexts.English.MeetingName(kind)} on {when} with {string.Join(", ", roles.Select(GuidanceTexts.English.RoleLabel))}?";

        public override string SlotPassed => "That time has passed in the meantime. Here are new times.";

        public override string TryAgain => "Shall I try again?";

        public override string SignIn => "Sign in, and the meeting goes into your own Outlook calendar with a Teams link. Rather not? Type **no**: you get an .ics file instead.";

        public override string SignInButton => "Sign in";

        public override string NothingPlanned => "OK, nothing was planned.";

        public override string Planned(MeetingKind kind, string code) => $"The {GuidanceTexts.English.MeetingName(kind)} of case {code} is planned.";

        public override string OpenIcs => "Open the calendar file in Outlook and send the invitation from there.";

        public override string Duration(int minutes) => $"{minutes} minutes";

        public override string LocationOnline => "Online (Microsoft Teams)";

        public override string LocationToAgree => "To be agreed (see the calendar file)";

        public override string Invited => "invited";

        public override string Purpose(MeetingKind kind) => kind switch
        {
            MeetingKind.Ozo => "Discuss the picture, the goals and the agreements of the arrangement together.",
            MeetingKind.Evaluatie => "Look back on the goals and decide how to continue.",
            MeetingKind.Actietafel => "Unblock what got stuck, with those who can decide.",
            _ => "Progress and agreements of the project group.",
        };

        public override string NoPlannedMeetings(string code) => $"Case {code} has no planned meeting. Type **plan OZO** to plan one.";

        public override string WhichMeeting => "Which meeting?";

        public override string SignInToChange => "This meeting is in the Outlook calendar of whoever planned it. Sign in to change it there. Rather not? Type **no**: nothing changes.";

        public override string NotChangedWithoutSignIn => "Without signing in I cannot change the meeting in Outlook. Nothing has changed.";

        public override string OutlookChangeFailed(bool signInExpired) => signInExpired switch
        {
            true => "Your sign-in has expired. Nothing has changed; try again and sign in once more.",
            false => "This meeting is not in your own Outlook calendar: only whoever planned it can move or cancel it. Nothing has changed.",
        };

        public override string NotInCalendar => "This meeting was not planned through OzaBot's calendar, so I cannot move or cancel it here.";

        public override string AskNewWindow => "From when shall I look for a new time? Type e.g. **today** or **next monday**.";

        public override string AskNewSlot => "Which new time?";

        public override string Moved(MeetingKind kind, string when) => $"The {GuidanceTexts.English.MeetingName(kind)} is moved to {when}.";

        public override string ConfirmCancel(MeetingKind kind, string when) => $"Cancel the {GuidanceTexts.English.MeetingName(kind)} on {when}? The attendees get a cancellation.";

        public override string Cancelled(MeetingKind kind) => $"The {GuidanceTexts.English.MeetingName(kind)} is cancelled.";

        public override string CancelledLocal => "Open the calendar file again in Outlook so the cancellation reaches everyone.";

        public override string KeptMeeting => "OK, the meeting stays as it is.";
    }
}
