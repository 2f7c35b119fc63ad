using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>Dutch names of roles, meetings and consent categories, and the history lines.</summary>
public static class CaseTexts
{
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
