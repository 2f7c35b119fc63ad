using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>Dutch reasons for refused transitions and the history lines; one place so tests assert on the same text.</summary>
public static class CaseTexts
{
    public const string Closed = "Deze casus is gesloten; er kan niets meer worden gewijzigd.";
    public const string AlreadyClosed = "Deze casus is al gesloten.";
    public const string Bsn = "Dit lijkt een BSN. Zet geen BSN of andere herleidbare gegevens in OzaBot; gebruik alleen de casuscode.";
    public const string Stale = "De casus is intussen door iemand anders gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.";
    public const string InitialsInvalid = "Initialen zijn hooguit vier letters, eventueel met punten (bijv. \"J.B.\"). Gebruik nooit een volledige naam.";
    public const string UserMissing = "Onbekende gebruiker: een wijziging moet aan een gebruiker gekoppeld zijn.";
    public const string TextMissing = "Vul een korte omschrijving in.";
    public const string TextTooLong = "Houd de omschrijving kort (hooguit 200 tekens) en zonder persoonsgegevens.";
    public const string LastStep = "Dit is de laatste stap. Evalueer regelmatig en sluit de casus af als het arrangement klaar is.";
    public const string OnlyOza = "Dit hoort bij een onderwijs-zorgarrangement (OZA), niet bij een ZiO-traject.";
    public const string GoalsMissing = "Kies minstens één doelstelling (terugleiden, opbouwen, versterken, aanpassen, doorleiden of verrijken).";
    public const string SupportLevelMissing = "Kies eerst het ondersteuningsniveau (basis, aanvullend of specialistisch): zo dichtbij en licht mogelijk, en zo zwaar als nodig.";
    public const string PlanNotYet = "Een gezamenlijk plan stel je op in de stap Ontwikkelen.";
    public const string PlanSupportMissing = "Beschrijf de ondersteuning op minstens één aspect (didactisch, sociaal-emotioneel, communicatie, fysiek/medisch, thuis en omgeving).";
    public const string PlanDoelenMissing = "Noem minstens één concreet doel, in neutrale woorden.";
    public const string EvaluationAfterPeriod = "De eerste evaluatie moet binnen de periode van het plan vallen.";
    public const string EvaluationRhythm = "Evalueer minstens eens per jaar: kies een ritme van 1 tot 52 weken.";
    public const string PlanMissing = "Stel eerst het gezamenlijk plan vast (procesafspraken: Gezamenlijk plan).";
    public const string NoProcesregisseur = "Benoem eerst precies één procesregisseur (procesafspraken: Gezamenlijk plan).";
    public const string SecondProcesregisseur = "Er is al een procesregisseur. Er is er altijd precies één; vervang de huidige als dat nodig is.";
    public const string RemoveProcesregisseur = "De procesregisseur kan niet weg zolang het plan loopt; vervang hem of haar door een nieuwe procesregisseur.";
    public const string NoFirstEvaluation = "Spreek eerst af wanneer jullie evalueren: plan de eerste evaluatie. Zonder evaluatiedatum kan stap Activeren niet beginnen.";
    public const string InPast = "Dat moment ligt in het verleden.";
    public const string EndBeforeStart = "Het einde moet na het begin liggen.";
    public const string NoAttendees = "Kies minstens één deelnemer (rol).";
    public const string OzoNeedsSchool = "De school heeft zorgplicht en organiseert het OZO; zet de school bij de deelnemers.";
    public const string OzoOnlyOza = "Een OZO gaat over een onderwijs-zorgarrangement; voor ZiO plan je een projectgroep.";
    public const string ProjectgroepOnlyZio = "Een projectgroep hoort bij een ZiO-traject; voor een OZA plan je een OZO.";
    public const string EvaluationTooEarly = "Evalueren kan pas als het arrangement loopt (stap Activeren, of bij ZiO fase 3).";
    public const string NextEvaluationMissing = "Plan de volgende evaluatie (evalueer regelmatig, NJi stap 5).";
    public const string FinalEvaluationCloses = "Afsluiten is de eindevaluatie: leg daar de uitkomst vast (uitval, tevredenheid, doelrealisatie).";
    public const string ScoreRange = "Tevredenheid is een cijfer van 1 (zeer ontevreden) tot en met 5 (zeer tevreden).";
    public const string AlreadySpecialistisch = "Het ondersteuningsniveau is al specialistisch; zwaardere ondersteuning is er niet. Kies bijstellen.";
    public const string AlreadyBasis = "Het ondersteuningsniveau is al basis; afschalen kan niet verder. Overweeg af te sluiten.";
    public const string BeschikkingBeforePlan = "Een beschikking komt pas als het gezamenlijk plan er is (procesafspraken: Gezamenlijke financiering).";
    public const string PeriodInvalid = "De einddatum moet na de begindatum liggen.";
    public const string EscalationOpen = "Er loopt al een escalatie op dit niveau.";
    public const string EscalationResolved = "Deze escalatie is al afgerond.";
    public const string ConsentWithdrawn = "Deze toestemming is al ingetrokken.";
    public const string ConsentCategoriesMissing = "Kies minstens één soort gegevens (plan, OPP, verslagen school, gegevens jeugdhulp, medische gegevens).";
    public const string NotFound = "Dat onderdeel bestaat niet (meer) in deze casus.";
    public const string ActionNotOpen = "Deze actie staat niet meer open.";
    public const string MeetingNotPlanned = "Dit overleg staat niet (meer) gepland.";
    public const string MeetingNotStarted = "Dit overleg is nog niet begonnen.";
    public const string SensitiveItem = "een punt over gezondheid of verzuim (zie je 1:1-chat met OzaBot)";
    public const string UnknownChecklistItem = "Dit checklistpunt hoort niet bij dit traject.";

    /// <summary>Why a free text is refused: what it looks like, and what to do instead. Asked again, nothing is kept.</summary>
    public static string PersonalDataFound(Privacy.PersonalDataKind kind) => kind switch
    {
        Privacy.PersonalDataKind.Bsn => Bsn,
        Privacy.PersonalDataKind.Email => "Dit lijkt een e-mailadres. Zet geen contactgegevens in OzaBot; noem alleen de rol (bijv. \"gebiedsteam\"). Typ het opnieuw zonder adres.",
        Privacy.PersonalDataKind.Phone => "Dit lijkt een telefoonnummer. Zet geen contactgegevens in OzaBot; noem alleen de rol. Typ het opnieuw zonder nummer.",
        Privacy.PersonalDataKind.BirthDate => "Dit lijkt een geboortedatum. Zet die niet in OzaBot; gebruik alleen de casuscode. Typ het opnieuw zonder die datum.",
        Privacy.PersonalDataKind.Address => "Dit lijkt een adres (postcode). Zet geen adressen in OzaBot. Typ het opnieuw zonder adres.",
        Privacy.PersonalDataKind.Iban => "Dit lijkt een rekeningnummer (IBAN). Zet dat niet in OzaBot. Typ het opnieuw zonder nummer.",
        _ => "Dit lijkt een naam. OzaBot kent leerlingen, ouders en professionals alleen aan hun rol (bijv. \"de leerling\", \"de mentor\"). Typ het opnieuw zonder naam.",
    };

    public static string ChecklistOpen(string stepName, IEnumerable<string> items) =>
        $"Stap {stepName} is nog niet rond. Nog open: {string.Join("; ", items)}.";

    public static string FutureStep(string stepName) => $"Dit punt hoort bij stap {stepName}; die stap is nog niet begonnen.";

    public static string RoleName(PartnerRole role) => role switch
    {
        PartnerRole.School => "school",
        PartnerRole.Samenwerkingsverband => "samenwerkingsverband",
        PartnerRole.Gebiedsteam => "gebiedsteam",
        PartnerRole.Leerplicht => "leerplichtambtenaar",
        PartnerRole.Zorgaanbieder => "zorgaanbieder",
        PartnerRole.Ouders => "ouders",
        PartnerRole.Leerling => "leerling",
        PartnerRole.Procesregisseur => "procesregisseur",
        PartnerRole.Onderwijsconsulent => "onderwijs(zorg)consulent",
        PartnerRole.Gemeente => "gemeente",
        PartnerRole.Zorgkantoor => "zorgkantoor",
        PartnerRole.Regiehouder => "regiehouder",
        _ => "overige partner",
    };

    public static string ConsentWrongGiver(PupilAge age) => age switch
    {
        PupilAge.Onder12 => "Onder de 12 geven de ouders toestemming (WGBO, Jeugdwet).",
        PupilAge.Van12Tot16 => "Van 12 tot 16 geven ouders én leerling samen toestemming (WGBO, Jeugdwet).",
        _ => "Vanaf 16 geeft de leerling zelf toestemming (WGBO, Jeugdwet).",
    };

    /// <summary>Why a meeting cannot include these roles: the plan may not be shared with them yet.</summary>
    public static string NoConsent(IEnumerable<PartnerRole> roles) =>
        $"Er is geen geldige toestemming om het plan te delen met: {string.Join(", ", roles.Select(RoleName))}. Leg eerst toestemming vast (typ **toestemming vastleggen**) of kies andere deelnemers.";

    public static string CategoryName(ConsentCategory category) => category switch
    {
        ConsentCategory.Plan => "gezamenlijk plan",
        ConsentCategory.Opp => "OPP",
        ConsentCategory.VerslagenSchool => "verslagen school",
        ConsentCategory.GegevensJeugdhulp => "gegevens jeugdhulp",
        _ => "medische gegevens",
    };

    public static string MeetingName(MeetingKind kind) => kind switch
    {
        MeetingKind.Ozo => "OZO",
        MeetingKind.Evaluatie => "evaluatie",
        MeetingKind.Actietafel => "Regionale Actietafel",
        _ => "projectgroep",
    };

    /// <summary>The meeting with its article, for inside a sentence: "het OZO", "de evaluatie".</summary>
    public static string TheMeeting(MeetingKind kind) => (kind == MeetingKind.Ozo ? "het " : "de ") + MeetingName(kind);

    /// <summary>The role with its article, for inside a sentence: "de school", "het samenwerkingsverband".</summary>
    public static string TheRole(PartnerRole role) => role switch
    {
        PartnerRole.Samenwerkingsverband or PartnerRole.Gebiedsteam or PartnerRole.Zorgkantoor => "het " + RoleName(role),
        PartnerRole.Overig => "een andere partner",
        _ => "de " + RoleName(role),
    };

    /// <summary>A Dutch list: "a", "a en b", "a, b en c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} en {all[^1]}";
    }

    /// <summary>The first letter in upper case, for a phrase that starts a sentence.</summary>
    public static string Sentence(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    internal static class History
    {
        public const string Opened = "Casus geopend";
        public const string Circumstances = "Omstandigheden bijgewerkt";
        public const string FinancingReviewed = "Financiering herzien na op- of afschalen";
        public const string Initials = "Initialen gewijzigd";
        public const string SupportLevel = "Ondersteuningsniveau gekozen";
        public const string Goals = "Doelstelling(en) gekozen";
        public static string PlanAgreedVersion(int version) => $"Gezamenlijk plan vastgesteld (versie {version})";

        public const string NoteAdded = "Notitie bij de stap toegevoegd";

        public const string PlanReopened = "Gezamenlijk plan heropend na evaluatie";
        public const string NextEvaluation = "Volgende evaluatie gepland";
        public const string ActionAdded = "Actie toegevoegd";
        public const string ActionDone = "Actie afgerond";
        public const string ActionCancelled = "Actie geannuleerd";
        public const string ActionPostponed = "Actie verzet";
        public const string MeetingPlanned = "Overleg gepland";
        public const string MeetingMoved = "Overleg verzet";
        public const string MeetingHeld = "Overleg gehouden";
        public const string MeetingCancelled = "Overleg geannuleerd";
        public const string CalendarLinked = "Agenda-afspraak gekoppeld";
        public const string FinancingAdded = "Financieringsafspraak toegevoegd";
        public const string Beschikking = "Status beschikking gewijzigd";
        public const string Evaluated = "Evaluatie vastgelegd";
        public const string Escalated = "Geëscaleerd";
        public const string EscalationResolved = "Escalatie afgerond";
        public const string ConsentGiven = "Toestemming vastgelegd";
        public const string ConsentWithdrawn = "Toestemming ingetrokken";
        public const string Closed = "Casus gesloten";

        public static string Checklist(string itemId, ChecklistStatus status) => $"Checklist {itemId}: {status}";

        public static string StepStarted(string stepName) => $"Stap {stepName} gestart";

        public static bool IsStepStarted(string what) =>
            what.StartsWith("Stap ", StringComparison.Ordinal) && what.EndsWith(" gestart", StringComparison.Ordinal);

        public static string PartnerAdded(PartnerRole role) => $"Partner toegevoegd: {RoleName(role)}";

        public static string PartnerRemoved(PartnerRole role) => $"Partner verwijderd: {RoleName(role)}";
    }
}
