using OzaBot.Domain.Cases;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>Everything the meeting flows say, Dutch first, English when the user's locale is English.</summary>
public static class MeetingTexts
{
    public const string Help = "Ik plan een overleg voor deze casus: wie, hoe lang, wanneer. Ik zet alleen de casuscode en de agenda in de uitnodiging, nooit een naam. Typ **stop** om te stoppen.";
    public const string HelpEnglish = "I plan a meeting for this case: who, how long, when. The invitation carries only the case code and the agenda, never a name. Type **stop** to stop.";

    public static string NoCalendar(bool english) => english
        ? "No calendar is set up for OzaBot yet. Ask your admin to set Calendar:Provider (see the calendar docs); until then, plan the meeting in Outlook."
        : "De agendakoppeling van OzaBot staat nog uit. Vraag je ICT-beheerder om die aan te zetten; plan het overleg tot die tijd in Outlook.";

    public static string AskKind(bool english) => english ? "Which meeting do you want to plan?" : "Welk overleg wil je plannen?";

    public static string AskRoles(bool english, IReadOnlyList<PartnerRole> offered)
    {
        var list = string.Join("\n", offered.Select((r, i) => $"{i + 1}. {GuidanceTexts.In(english ? Language.English : Language.Dutch).RoleLabel(r)}"));
        return english
            ? $"Who do you invite? Type the numbers or roles, e.g. **1, 3**, or **all**. You may add e-mail addresses.\n\n{list}"
            : $"Wie nodig je uit? Typ de nummers of rollen, bijv. **1, 3**, of **allemaal**. E-mailadressen mag je erbij typen.\n\n{list}";
    }

    public static string RolesNotUnderstood(bool english, string part) => english
        ? $"I don't know \"{part}\" as a role here. Type numbers from the list, e.g. **1, 2**, or **all**."
        : $"\"{part}\" ken ik hier niet als rol. Typ nummers uit de lijst, bijv. **1, 2**, of **allemaal**.";

    public static string OzoNeedsSchool(bool english) => english
        ? "An OZO is convened by the school: the school is invited too."
        : "De school roept het OZO bijeen, dus ik nodig de school ook uit.";

    public static string AskOrganizerEmail(bool english) => english
        ? "What is your e-mail address? You are the organiser of the meeting."
        : "Wat is jouw e-mailadres? Jij bent de organisator van het overleg.";

    public static string AskRoleEmail(bool english, PartnerRole role) => english
        ? $"What is the e-mail address for **{GuidanceTexts.English.RoleLabel(role)}**? (It only goes into the invitation.)"
        : $"Wat is het e-mailadres van **{CaseTexts.TheRole(role)}**? (Dat komt alleen in de uitnodiging.)";

    public static string FamilyInvitedBySchool(bool english) => english
        ? "OzaBot sends parents and pupil no invitation and keeps no address of theirs: the school invites them itself."
        : "Ouders en leerling krijgen geen uitnodiging van OzaBot en OzaBot bewaart geen adres van hen: de school nodigt hen zelf uit.";

    public static string EmailRetry(bool english) => english
        ? "That is not an e-mail address. Type it like **name@school.nl**."
        : "Dat is geen e-mailadres. Typ het zo: **naam@school.nl**.";

    public static string AskDuration(bool english) => english ? "How long should it take?" : "Hoe lang duurt het overleg?";

    public static string AskWindow(bool english) => english
        ? "From when shall I look for a time? I look two weeks ahead. Type e.g. **today** or **next monday**."
        : "Vanaf wanneer zoek ik een tijd? Ik kijk twee weken vooruit. Typ bijv. **vandaag** of **volgende week maandag**.";

    public static string NoSlots(bool english) => english
        ? "I found no free time on school days in those two weeks. Pick another start date."
        : "In die twee weken vond ik geen vrije tijd op schooldagen. Kies een andere startdatum.";

    public static string PickSlotHint(bool english) => english
        ? "Pick a time on the card, or type its number."
        : "Kies een tijdstip op de kaart, of typ het nummer.";

    public static string SlotsRejected(bool english) => english
        ? "Then I'll look in another period."
        : "Dan zoek ik in een andere periode.";

    public static string SlotNotUnderstood(bool english) => english
        ? "Please pick one of the times on the card (or type its number)."
        : "Kies een van de tijdstippen op de kaart (of typ het nummer).";

    public static string Unknown(bool english, IReadOnlyList<PartnerRole> roles) => english
        ? $"Availability unknown for: {string.Join(", ", roles.Select(GuidanceTexts.English.RoleLabel))}."
        : $"Beschikbaarheid onbekend van {CaseTexts.List(roles.Select(CaseTexts.TheRole))}.";

    public static string Confirm(bool english, MeetingKind kind, string when, IEnumerable<PartnerRole> roles) => english
        ? $"Plan the {GuidanceTexts.English.MeetingName(kind)} on {when} with {string.Join(", ", roles.Select(GuidanceTexts.English.RoleLabel))}?"
        : $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} inplannen op {when} met {CaseTexts.List(roles.Select(CaseTexts.TheRole))}?";

    public static string SlotPassed(bool english) => english
        ? "That time has passed in the meantime. Here are new times."
        : "Dat tijdstip is inmiddels voorbij. Hier zijn nieuwe tijden.";

    public static string TryAgain(bool english) => english ? "Shall I try again?" : "Zal ik het opnieuw proberen?";

    public static string SignIn(bool english) => english
        ? "Sign in, and the meeting goes into your own Outlook calendar with a Teams link. Rather not? Type **no**: you get an .ics file instead."
        : "Meld je aan, dan zet ik het overleg in je eigen Outlook-agenda met een Teams-link. Liever niet? Typ **nee**: je krijgt dan een .ics-bestand.";

    public static string SignInButton(bool english) => english ? "Sign in" : "Aanmelden";

    public static string NothingPlanned(bool english) => english ? "OK, nothing was planned." : "Goed, er is niets ingepland.";

    public static string Planned(bool english, MeetingKind kind, string code) => english
        ? $"The {GuidanceTexts.English.MeetingName(kind)} of case {code} is planned."
        : $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} van casus {code} is gepland.";

    public static string OpenIcs(bool english) => english
        ? "Open the calendar file in Outlook and send the invitation from there."
        : "Open het agenda-bestand in Outlook en verstuur de uitnodiging vandaar.";

    public const string NotRecordedComment = "Dit overleg is vervallen.";

    public static string Duration(bool english, int minutes) => english ? $"{minutes} minutes" : $"{minutes} minuten";

    /// <summary>Other ways to say a duration; 60 minutes is the default ("standaard").</summary>
    public static string[] DurationSynonyms(int minutes) => minutes switch
    {
        30 => ["half uur", "halfuur", "half an hour"],
        45 => ["drie kwartier", "three quarters"],
        60 => ["uur", "1 uur", "een uur", "standaard", "default", "an hour"],
        90 => ["anderhalf uur", "1,5 uur", "an hour and a half"],
        _ => [],
    };

    public static string LocationOnline(bool english) => english ? "Online (Microsoft Teams)" : "Online (Microsoft Teams)";

    public static string LocationToAgree(bool english) => english ? "To be agreed (see the calendar file)" : "Nog af te spreken (zie het agenda-bestand)";

    public static string Invited(bool english) => english ? "invited" : "uitgenodigd";

    public static string NoLabel => "—";

    public static string CurrentStep(string stepName) => "Huidige stap: " + stepName;

    public static string Purpose(MeetingKind kind, bool english) => (kind, english) switch
    {
        (MeetingKind.Ozo, false) => "Samen het beeld, de doelen en de afspraken van het arrangement bespreken.",
        (MeetingKind.Evaluatie, false) => "Terugkijken op de doelen en besluiten hoe het verder gaat.",
        (MeetingKind.Actietafel, false) => "Doorbreken wat is vastgelopen, met wie kan besluiten.",
        (MeetingKind.Projectgroep, false) => "Voortgang en afspraken van de projectgroep.",
        (MeetingKind.Ozo, true) => "Discuss the picture, the goals and the agreements of the arrangement together.",
        (MeetingKind.Evaluatie, true) => "Look back on the goals and decide how to continue.",
        (MeetingKind.Actietafel, true) => "Unblock what got stuck, with those who can decide.",
        _ => "Progress and agreements of the project group.",
    };

    // Reschedule and cancel.
    public static string NoPlannedMeetings(bool english, string code) => english
        ? $"Case {code} has no planned meeting. Type **plan OZO** to plan one."
        : $"Voor casus {code} staat geen overleg gepland. Typ **plan een OZO** om er een te plannen.";

    public static string WhichMeeting(bool english) => english ? "Which meeting?" : "Welk overleg bedoel je?";

    public static string SignInToChange(bool english) => english
        ? "This meeting is in the Outlook calendar of whoever planned it. Sign in to change it there. Rather not? Type **no**: nothing changes."
        : "Dit overleg staat in de Outlook-agenda van wie het plande. Meld je aan om het daar te wijzigen. Liever niet? Typ **nee**: er verandert niets.";

    public static string NotChangedWithoutSignIn(bool english) => english
        ? "Without signing in I cannot change the meeting in Outlook. Nothing has changed."
        : "Zonder aanmelding kan ik het overleg in Outlook niet wijzigen. Er is niets veranderd.";

    public static string OutlookChangeFailed(bool english, bool signInExpired) => (english, signInExpired) switch
    {
        (true, true) => "Your sign-in has expired. Nothing has changed; try again and sign in once more.",
        (true, false) => "This meeting is not in your own Outlook calendar: only whoever planned it can move or cancel it. Nothing has changed.",
        (false, true) => "Je aanmelding is verlopen. Er is niets veranderd; probeer het opnieuw en meld je weer aan.",
        (false, false) => "Dit overleg staat niet in jouw eigen Outlook-agenda: alleen wie het plande kan het verzetten of afzeggen. Er is niets veranderd.",
    };

    public static string NotInCalendar(bool english) => english
        ? "This meeting was not planned through OzaBot's calendar, so I cannot move or cancel it here."
        : "Dit overleg is niet via de agenda van OzaBot gepland; verzet of annuleer het in je eigen agenda.";

    public static string AskNewWindow(bool english) => english
        ? "From when shall I look for a new time? Type e.g. **today** or **next monday**."
        : "Vanaf wanneer zoek ik een nieuwe tijd? Typ bijv. **vandaag** of **volgende week maandag**.";

    public static string AskNewSlot(bool english) => english ? "Which new time?" : "Welke nieuwe tijd?";

    public static string Moved(bool english, MeetingKind kind, string when) => english
        ? $"The {GuidanceTexts.English.MeetingName(kind)} is moved to {when}."
        : $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} is verzet naar {when}.";

    public static string ConfirmCancel(bool english, MeetingKind kind, string when) => english
        ? $"Cancel the {GuidanceTexts.English.MeetingName(kind)} on {when}? The attendees get a cancellation."
        : $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} van {when} annuleren? De genodigden krijgen een afzegging.";

    public const string CancelComment = "Dit overleg gaat niet door. Een nieuwe afspraak volgt via de organisator.";

    public static string Cancelled(bool english, MeetingKind kind) => english
        ? $"The {GuidanceTexts.English.MeetingName(kind)} is cancelled."
        : $"{CaseTexts.Sentence(CaseTexts.TheMeeting(kind))} is geannuleerd.";

    public static string CancelledLocal(bool english) => english
        ? "Open the calendar file again in Outlook so the cancellation reaches everyone."
        : "Open het agenda-bestand opnieuw in Outlook, zodat de afzegging iedereen bereikt.";

    public static string KeptMeeting(bool english) => english ? "OK, the meeting stays as it is." : "Goed, het overleg blijft staan.";
}
