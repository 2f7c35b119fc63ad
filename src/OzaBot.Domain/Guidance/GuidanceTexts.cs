using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Guidance;

/// <summary>Dutch texts of the next-step engine (dates stay out of the text; cards show <see cref="NextAction.When"/>).</summary>
public static class GuidanceTexts
{
    public const string ActietafelWhat = "Breng de casus in bij de Regionale Actietafel";
    public const string ActietafelWhy = "Het OZO is geweest. Gaat de stagnatie school en samenwerkingsverband te boven, dan schaalt het OZO op naar de Regionale Actietafel, met doorzettingsmacht; altijd met of in afstemming met ouders.";
    public const string ReviewFinancingWhat = "Herzie de financiering";
    public const string FinancingFirstWhat = "Breng eerst de financieringsmogelijkheden in kaart";
    public const string FinancingFirstWhy = "Bepaal eerst welke financiering mogelijk is voor de benodigde ondersteuning; daarna vullen jullie het plan in. Typ **financiering vastleggen**.";
    public const string ReviewFinancingWhy = "Het ondersteuningsniveau is op- of afgeschaald: spreek opnieuw af wie wat financiert en hoe lang (typ financiering vastleggen).";
    public const string LeerplichtWhat = "Betrek de leerplichtambtenaar";
    public const string LeerplichtWhy = "Bij verzuim, thuiszitten, schorsing, vrijstelling of verwijdering is de leerplichtambtenaar basispartner van het OZO; een vrijstelling gaat altijd via de leerplichtambtenaar.";
    public const string ConsulentWhat = "Overweeg de onderwijs(zorg)consulent";
    public const string ConsulentWhy = "Onderwijs(zorg)consulenten zijn inzetbaar bij langdurig thuiszitten zonder uitzicht op een plek (facultatief).";
    public const string VariawetWhat = "Minder onderwijstijd: stel een OPP op en vraag toestemming aan de Inspectie";
    public const string VariawetWhy = "De Variawet biedt maatwerk om toe te groeien naar de volledige onderwijstijd: met een OPP en toestemming van de Inspectie van het Onderwijs, voor een jaar, met hooguit een jaar verlenging.";
    public const string RaiseInOzoWhat = "Bespreek de stagnatie in het OZO";
    public const string RaiseInOzoWhy = "Er is nog geen OZO gehouden. In het OZO bespreken school, samenwerkingsverband, gebiedsteam en ouders wat nodig is; pas als het hen te boven gaat, volgt de Regionale Actietafel.";
    public const string PostponedSignal = "Een actie is herhaaldelijk verzet en weer verlopen.";
    public const string ZioStagnationWhat = "Het traject loopt uit: bespreek het in de projectgroep";
    public const string ZioStagnationEarlyWhat = "Het traject loopt uit: bespreek het met de regiehouder en de betrokken partners";
    public const string PlanActietafelWhat = "Plan de Regionale Actietafel";
    public const string PlanActietafelWhy = "Er loopt een escalatie naar de Actietafel. Deelnemers: directeur SWV, teamleider gebiedsteam, leerplichtambtenaar en de procesregisseur; ouders in afstemming of aanwezig.";
    public const string PlanEvaluationWhat = "Plan het evaluatieoverleg";
    public const string PlanEvaluationWhy = "De evaluatie komt eraan. Evalueer met leerling, ouders en partners: uitvoering, efficiëntie, doelen en aansluiting.";
    public const string RecordEvaluationWhat = "Leg de evaluatie vast: uitval, tevredenheid, doelrealisatie en een besluit";
    public const string RecordEvaluationWhy = "De evaluatiedatum is bereikt. Leg de outcome-criteria vast en besluit: doorgaan, bijstellen, afschalen, opschalen of afsluiten.";
    public const string FirstEvaluationWhat = "Plan de eerste evaluatie";
    public const string FirstEvaluationWhy = "Evalueer het arrangement regelmatig met leerling, ouders en partners. OzaBot start Activeren pas met een evaluatiedatum (een productregel, zodat de evaluatie niet vergeten wordt).";
    public const string PlanOzoWhat = "Plan het OZO";
    public const string PlanOzoWhy = "De school heeft zorgplicht en organiseert het OZO, samen met de ouders of na overleg met hen. Basispartners: school, samenwerkingsverband, gebiedsteam en zo nodig leerplicht.";
    public const string PlanProjectgroepWhat = "Plan de eerste bijeenkomst van de projectgroep";
    public const string PlanProjectgroepWhy = "Zet een projectgroep op met minimaal school, samenwerkingsverband(en) en gemeente(n) en verdeel taken.";
    public const string SupportLevelWhat = "Kies het ondersteuningsniveau: basis, aanvullend of specialistisch";
    public const string SupportLevelWhy = "Zo dichtbij en licht als mogelijk, zo zwaar als nodig.";
    public const string ProcesregisseurWhat = "Benoem één procesregisseur";
    public const string ProcesregisseurWhy = "Het gezamenlijk plan heeft precies één procesregisseur: één kind, één gezin, één plan.";
    public const string GoalsWhat = "Kies de doelstelling van het arrangement";
    public const string GoalsWhy = "Terugleiden, opbouwen, versterken, aanpassen, doorleiden of verrijken: de doelstelling helpt het arrangement dicht bij de leerling te organiseren.";
    public const string AgreePlanWhat = "Stel het gezamenlijk plan vast";
    public const string AgreePlanWhy = "Het plan beschrijft zorg en ondersteuning, periode, ieders verantwoordelijkheid en het evaluatieproces. Pas daarna volgt een beschikking.";
    /// <summary>What to apply for, in the financer's own words: only the gemeente gives a beschikking.</summary>
    public static string ApplyForFinancingWhat(Financer financer) => financer switch
    {
        Financer.Gemeente => "Vraag de beschikking jeugdhulp aan bij de gemeente",
        Financer.Samenwerkingsverband => "Vraag het arrangement of de TLV aan bij het samenwerkingsverband",
        Financer.Zorgkantoor => "Vraag de Wlz-indicatie aan bij het CIZ",
        _ => "Vraag de toezegging voor de financiering aan",
    };

    public const string ApplyForFinancingWhy = "Het gezamenlijk plan is er; nu kan de financiering worden aangevraagd en toegekend.";
    public const string MeetingNotRecordedWhy = "Het overleg is voorbij maar staat nog als gepland. Leg vast dat het is gehouden, of verzet het.";
    public const string UpcomingActionWhy = "De deadline komt eraan.";

    public static string OverdueWhat(string description) => "Actie verlopen: " + description;

    public static string OverdueWhy(PartnerRole owner) =>
        $"De deadline is voorbij. In het gezamenlijk plan staat ieders verantwoordelijkheid; de {CaseTexts.RoleName(owner)} is aan zet.";

    /// <summary>The regional threshold, named as such: no source sets a number of weeks.</summary>
    public static string IdleSignal(int weeks, int regionalWeeks) =>
        $"Al {weeks} weken geen voortgang (regionale instelling: na {regionalWeeks} weken meldt OzaBot stagnatie).";

    public static string ZioStagnationWhy(int months, int expectedMonths) =>
        $"Jullie zijn {months} maanden bezig; fase 1 en 2 zijn samen meestal binnen {expectedMonths} maanden haalbaar. Kijk samen wat er nodig is om verder te komen.";

    public static string UpcomingWhat(string description) => "Actie: " + description;

    public static string PrepareWhat(MeetingKind kind) => $"Bereid {CaseTexts.TheMeeting(kind)} voor";

    public static string PrepareWhy(MeetingKind kind) => kind switch
    {
        MeetingKind.Ozo => "Stem vooraf af met ouders en zorg dat de basispartners er zijn: school, samenwerkingsverband, gebiedsteam en zo nodig leerplicht.",
        MeetingKind.Evaluatie => "Evaluatievragen: hoe verloopt de uitvoering, is de inzet efficiënt, worden de doelen behaald, sluit het nog aan? Leg ook uitval, tevredenheid en doelrealisatie vast.",
        MeetingKind.Actietafel => "Breng de stagnatie helder in; de Actietafel heeft doorzettingsmacht. Ouders zijn aanwezig of er is met hen afgestemd.",
        _ => "Verdeel taken en verantwoordelijkheden en werk aan beeldvorming en draagvlak bij de ketenpartners.",
    };

    public static string RecordMeetingWhat(MeetingKind kind) => $"Leg vast of {CaseTexts.TheMeeting(kind)} is gehouden";

    public static string ChecklistWhy(ProcessStep step) => $"Hoort bij stap {step.Name}: {step.Goal}";

    public static string AdvanceWhat(ProcessStep next) => $"Ga door naar stap {next.Number}: {next.Name}";

    public static string AdvanceWhy(ProcessStep current) => $"Alles van stap {current.Name} is rond.";

    public static string PreviewWhat(ProcessStep next, IEnumerable<string> items) =>
        $"Daarna, in stap {next.Name}: {string.Join("; ", items)}";

    public static string PreviewWhy(ProcessStep next, ZioPhase? newPhase) =>
        newPhase is null ? next.Goal : $"{next.Goal} Dit is het begin van fase {newPhase.Number} ({newPhase.Name}): {newPhase.ExpectedDuration}";
}
