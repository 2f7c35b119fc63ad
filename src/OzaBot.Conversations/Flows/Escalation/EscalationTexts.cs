using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Escalation;

/// <summary>The escalation flow's texts, Dutch first.</summary>
internal static class EscalationTexts
{
    public const string Table = "Regionale Actietafel";

    /// <summary>The domain keeps the question with the escalation, and its texts are short.</summary>
    public const int MaxQuestionLength = 200;

    public const string Help = "De Regionale Actietafel is er voor casussen die school en samenwerkingsverband te boven gaan en waarin het proces stagneert. " +
        "Meld de casus aan met de kaart; plan de tafel daarna met **plan actietafel**.";

    public const string HelpEnglish = "The Regional action table is for cases that go beyond the school and the samenwerkingsverband and in which the process has stalled. " +
        "Refer the case with the card; then plan the table with **plan action table**.";

    public static string WhoAndWhat(bool english, ProcessRule rule, IEnumerable<string> participants) => english
        ? $"**Regionale Actietafel** — for cases that go beyond the school and the samenwerkingsverband and where the process is stuck; it has the power to break deadlocks.\n" +
          $"**At the table:** {string.Join(", ", participants)}.\n" +
          "**Prepare:**\n- one concrete question: which decision do you need?\n- what has been tried and where it gets stuck\n- the joint plan and the open actions\n- inform the parents: the table always works with or in consultation with them\n" +
          $"_Source: {rule.Source.Section}_"
        : $"**Regionale Actietafel** — {rule.Text}\n" +
          $"**Aan tafel:** {string.Join(", ", participants)}.\n" +
          "**Voorbereiden:**\n- één concrete vraag: welke beslissing heb je nodig?\n- wat is al geprobeerd en waar loopt het vast\n- het gezamenlijk plan en de open acties\n- informeer de ouders: de tafel werkt altijd met of in afstemming met ouders\n" +
          $"_Bron: procesafspraken, {rule.Source.Section}_";

    public static string Participant(bool english, Domain.Vocabulary.PartnerRole role) => (english, role) switch
    {
        (false, Domain.Vocabulary.PartnerRole.Samenwerkingsverband) => "directeur samenwerkingsverband (PO, VO of MBO)",
        (false, Domain.Vocabulary.PartnerRole.Gebiedsteam) => "teamleider wijk- of gebiedsteam",
        (false, Domain.Vocabulary.PartnerRole.Leerplicht) => "leerplichtambtenaar",
        (false, Domain.Vocabulary.PartnerRole.Procesregisseur) => "procesregisseur van de casus",
        (true, Domain.Vocabulary.PartnerRole.Samenwerkingsverband) => "director of the samenwerkingsverband",
        (true, Domain.Vocabulary.PartnerRole.Gebiedsteam) => "team lead of the gebiedsteam",
        (true, Domain.Vocabulary.PartnerRole.Leerplicht) => "compulsory education officer",
        (true, Domain.Vocabulary.PartnerRole.Procesregisseur) => "the case's procesregisseur",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static string Zio(bool english) => english
        ? "For ZiO the Actietafel is not the route: discuss it with the regiehouder and the partners, from step 4 in the projectgroep (type **plan projectgroep**)."
        : "Voor ZiO is de Actietafel niet de route: bespreek het met de regiehouder en de partners, vanaf stap 4 in de projectgroep (typ **plan projectgroep**).";

    public static string OzoFirst(bool english) => english
        ? "First discuss it in the OZO: there the school, samenwerkingsverband, area team and parents look at what is needed, and the OZO escalates to the Regional action table when it goes beyond them. Type **plan an OZO**."
        : "Bespreek het eerst in het OZO: daar kijken school, samenwerkingsverband, gebiedsteam en ouders wat nodig is, en het OZO schaalt op naar de Regionale Actietafel als het hen te boven gaat. Typ **plan een OZO**.";


    public static string NoTrigger(bool english) => english
        ? "The OZO asks for it: the process is stuck."
        : "Op verzoek van het OZO: het proces loopt vast.";

    public static string InStepSince(bool english, int weeks, string day) => english
        ? $"{weeks} weeks (since {day})"
        : $"{weeks} weken (sinds {day})";

    public static string NextSession(bool english) => english
        ? "not planned yet — type plan actietafel"
        : "nog niet gepland — typ plan actietafel";

    public static string SubmittedBy(bool english) => english ? "A participant of the OZO" : "Een deelnemer aan het OZO";

    public static string ParentsFirst(bool english) => english
        ? "Inform the parents first: the Actietafel always works with or in consultation with the parents. Tick the box when they know, then submit."
        : "Informeer eerst de ouders: de Actietafel werkt altijd in afstemming met of in aanwezigheid van ouders. Zet het vinkje als ze het weten en meld dan aan.";

    public static string Submitted(bool english, string code) => english
        ? $"Case {code} is registered for the Regionale Actietafel. Plan the meeting: type **plan actietafel**."
        : $"Casus {code} is aangemeld bij de Regionale Actietafel. Plan de Actietafel: typ **plan actietafel**.";

    public const string SubmittedTitle = "Aangemeld bij de Regionale Actietafel";

    public const string SubmittedTitleEnglish = "Registered for the Regionale Actietafel";

    public static string Postponed(bool english) => english
        ? "Fine, not now. I'll suggest it again while the process stays stuck; type **escalate** when you're ready."
        : "Prima, nu nog niet. Zolang het proces stilstaat stel ik het opnieuw voor; typ **escaleren** als jullie zover zijn.";

    public const string PostponedTitle = "Nog niet aangemeld";

    public const string PostponedTitleEnglish = "Not registered yet";

    public static string Stale(bool english) => english
        ? "Someone changed the case since this card was made. Nothing was submitted; here is the current card."
        : "De casus is gewijzigd sinds deze kaart is gemaakt. Er is niets aangemeld; hier is de actuele kaart.";

    public static string AlreadyOpen(bool english, string code, string day) => english
        ? $"Case {code} was registered for the Actietafel on {day}. Has the table met, and do you want to record the outcome?"
        : $"Casus {code} is op {day} aangemeld bij de Actietafel. Is de tafel geweest en wil je de uitkomst vastleggen?";

    public static string PlanIt(bool english) => english
        ? "Then plan the table: type **plan actietafel**."
        : "Plan de Actietafel dan: typ **plan actietafel**.";

    public static string AskOutcome(bool english) => english
        ? $"What was decided? Briefly, without names (at most {MaxQuestionLength} characters)."
        : $"Wat is er besloten? Kort en zonder namen (hooguit {MaxQuestionLength} tekens).";

    public static string OutcomeTooLong(bool english) => english
        ? $"Keep it short: at most {MaxQuestionLength} characters."
        : $"Houd het kort: hooguit {MaxQuestionLength} tekens.";

    public static string Resolved(bool english) => english
        ? "Outcome recorded; the escalation is closed. Type **what's next?** for the next step."
        : "Uitkomst vastgelegd; de escalatie is afgerond. Typ **wat nu?** voor de volgende stap.";
}
