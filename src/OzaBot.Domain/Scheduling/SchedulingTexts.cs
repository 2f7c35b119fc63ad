using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Scheduling;

/// <summary>User-facing calendar texts, Dutch first and English second (by <c>activity.locale</c>).</summary>
public static class SchedulingTexts
{
    public const string AgendaHeading = "Agenda";
    public const string AvailabilityUnknown = "Beschikbaarheid onbekend (buiten de organisatie)";
    public const string AvailabilityUnknownEnglish = "Availability unknown (outside the organisation)";
    public const string PrivacyFooter = "Deze uitnodiging bevat alleen de casuscode. Persoonsgegevens staan in het dossier, niet in de agenda.";

    public static string KindLabel(MeetingKind kind) => kind switch
    {
        MeetingKind.Ozo => "OZO",
        MeetingKind.Evaluatie => "Evaluatie",
        MeetingKind.Actietafel => "Actietafel",
        MeetingKind.Projectgroep => "Projectgroep",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A role as a label (lists, invitations): the role name with a capital; an extra attendee is a "Deelnemer".</summary>
    public static string RoleLabel(PartnerRole role) =>
        role == PartnerRole.Overig ? "Deelnemer" : Cases.CaseTexts.Sentence(Cases.CaseTexts.RoleName(role));

    /// <summary>The agenda when the caller has none: the standard order of business per kind.</summary>
    public static IReadOnlyList<string> DefaultAgenda(MeetingKind kind) => kind switch
    {
        MeetingKind.Ozo => ["Opening en doel van het overleg", "Stand van zaken per partner", "Afspraken: wie doet wat, wanneer", "Volgende stap en evaluatiedatum"],
        MeetingKind.Evaluatie => ["Opening", "Doelen: bereikt, deels, niet", "Tevredenheid ouders, leerling en school", "Vervolg: doorgaan, bijstellen of afsluiten"],
        MeetingKind.Actietafel => ["Opening", "Wat is vastgelopen", "Besluit en wie het uitvoert", "Terugkoppeling aan het OZO-team"],
        MeetingKind.Projectgroep => ["Opening", "Voortgang", "Afspraken", "Volgende bijeenkomst"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string CancelledBy(string comment) => "Geannuleerd: " + comment;

    /// <summary>What to tell the user when a calendar call failed.</summary>
    public static string Error(CalendarErrorKind kind, string? locale = null) =>
        IsEnglish(locale) ? ErrorEnglish(kind) : kind switch
        {
            CalendarErrorKind.Throttled => "De agenda is nu even te druk. Er is niets ingepland; probeer het over een paar minuten opnieuw.",
            CalendarErrorKind.Unavailable => "De agenda is nu niet bereikbaar. Er is niets ingepland; probeer het later opnieuw.",
            CalendarErrorKind.AccessDenied => "OzaBot mag deze agenda nog niet gebruiken. Vraag je ICT-beheerder om toestemming.",
            CalendarErrorKind.NotFound => "Dit overleg bestaat niet (meer) in de agenda.",
            CalendarErrorKind.NotOrganizer => "Alleen de organisator kan dit overleg verzetten of annuleren.",
            CalendarErrorKind.InvalidRequest => "Dat lukt zo niet: controleer de tijden en e-mailadressen en probeer het opnieuw.",
            CalendarErrorKind.AlreadyCancelled => "Dit overleg is al geannuleerd.",
            CalendarErrorKind.SignInRequired => "Je aanmelding is verlopen. Er is niets ingepland; meld je opnieuw aan.",
            _ => "Er ging iets mis met de agenda. Er is niets half ingepland; probeer het opnieuw of plan het zelf in Outlook.",
        };

    private static string ErrorEnglish(CalendarErrorKind kind) => kind switch
    {
        CalendarErrorKind.Throttled => "The calendar is busy right now. Nothing was scheduled; try again in a few minutes.",
        CalendarErrorKind.Unavailable => "The calendar cannot be reached. Nothing was scheduled; try again later.",
        CalendarErrorKind.AccessDenied => "OzaBot may not use this calendar yet. Ask your IT admin for permission.",
        CalendarErrorKind.NotFound => "This meeting no longer exists in the calendar.",
        CalendarErrorKind.NotOrganizer => "Only the organiser can move or cancel this meeting.",
        CalendarErrorKind.InvalidRequest => "That does not work: check the times and e-mail addresses and try again.",
        CalendarErrorKind.SignInRequired => "Your sign-in has expired. Nothing was scheduled; sign in again.",
        CalendarErrorKind.AlreadyCancelled => "This meeting was already cancelled.",
        _ => "Something went wrong with the calendar. Nothing was half scheduled; try again or plan it in Outlook yourself.",
    };

    private static bool IsEnglish(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
}
