using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Escalation;

/// <summary>The escalation flow's texts, Dutch first.</summary>
internal abstract class EscalationTexts
{
    public static EscalationTexts Dutch { get; } = new DutchTexts();

    public static EscalationTexts English { get; } = new EnglishTexts();

    public static EscalationTexts In(Language language) => language == Language.English ? English : Dutch;

    public const string Table = "Regionale Actietafel";

    /// <summary>The domain keeps the question with the escalation, and its texts are short.</summary>
    public const int MaxQuestionLength = 200;

    public abstract string WhoAndWhat(ProcessRule rule, IEnumerable<string> participants);

    public abstract string Participant(Domain.Vocabulary.PartnerRole role);

    public abstract string Zio { get; }

    public abstract string OzoFirst { get; }

    public abstract string NoTrigger { get; }

    public abstract string InStepSince(int weeks, string day);

    public abstract string NextSession { get; }

    public abstract string SubmittedBy { get; }

    public abstract string ParentsFirst { get; }

    public abstract string Submitted(string code);

    public abstract string Postponed { get; }

    public abstract string Stale { get; }

    public abstract string AlreadyOpen(string code, string day);

    public abstract string PlanIt { get; }

    public abstract string AskOutcome { get; }

    public abstract string OutcomeTooLong { get; }

    public abstract string Resolved { get; }

    public abstract string Help { get; }

    public abstract string SubmittedTitle { get; }

    public abstract string PostponedTitle { get; }

    private sealed class DutchTexts : EscalationTexts
    {
        public override string PostponedTitle => "Nog niet aangemeld";

        public override string SubmittedTitle => "Aangemeld bij de Regionale Actietafel";

        public override string Help => "De Regionale Actietafel is er voor casussen die school en samenwerkingsverband te boven gaan en waarin het proces stagneert. " +
        "Meld de casus aan met de kaart; plan de tafel daarna met **plan actietafel**.";

        public override string WhoAndWhat(ProcessRule rule, IEnumerable<string> participants) =>
              $"**Regionale Actietafel** — {rule.Text}\n" +
              $"**Aan tafel:** {string.Join(", ", participants)}.\n" +
              "**Voorbereiden:**\n- één concrete vraag: welke beslissing heb je nodig?\n- wat is al geprobeerd en waar loopt het vast\n- het gezamenlijk plan en de open acties\n- informeer de ouders: de tafel werkt altijd met of in afstemming met ouders\n" +
              $"_Bron: procesafspraken, {rule.Source.Section}_";

        public override string Participant(Domain.Vocabulary.PartnerRole role) => role switch
        {
            Domain.Vocabulary.PartnerRole.Samenwerkingsverband => "directeur samenwerkingsverband (PO, VO of MBO)",
            Domain.Vocabulary.PartnerRole.Gebiedsteam => "teamleider wijk- of gebiedsteam",
            Domain.Vocabulary.PartnerRole.Leerplicht => "leerplichtambtenaar",
            Domain.Vocabulary.PartnerRole.Procesregisseur => "procesregisseur van de casus",
            _ => role.ToString().ToLowerInvariant(),
        };

        public override string Zio => "Voor ZiO is de Actietafel niet de route: bespreek het met de regiehouder en de partners, vanaf stap 4 in de projectgroep (typ **plan projectgroep**).";

        public override string OzoFirst => "Bespreek het eerst in het OZO: daar kijken school, samenwerkingsverband, gebiedsteam en ouders wat nodig is, en het OZO schaalt op naar de Regionale Actietafel als het hen te boven gaat. Typ **plan een OZO**.";

        public override string NoTrigger => "Op verzoek van het OZO: het proces loopt vast.";

        public override string InStepSince(int weeks, string day) => $"{weeks} weken (sinds {day})";

        public override string NextSession => "nog niet gepland — typ plan actietafel";

        public override string SubmittedBy => "Een deelnemer aan het OZO";

        public override string ParentsFirst => "Informeer eerst de ouders: de Actietafel werkt altijd in afstemming met of in aanwezigheid van ouders. Zet het vinkje als ze het weten en meld dan aan.";

        public override string Submitted(string code) => $"Casus {code} is aangemeld bij de Regionale Actietafel. Plan de Actietafel: typ **plan actietafel**.";

        public override string Postponed => "Prima, nu nog niet. Zolang het proces stilstaat stel ik het opnieuw voor; typ **escaleren** als jullie zover zijn.";

        public override string Stale => "De casus is gewijzigd sinds deze kaart is gemaakt. Er is niets aangemeld; hier is de actuele kaart.";

        public override string AlreadyOpen(string code, string day) => $"Casus {code} is op {day} aangemeld bij de Actietafel. Is de tafel geweest en wil je de uitkomst vastleggen?";

        public override string PlanIt => "Plan de Actietafel dan: typ **plan actietafel**.";

        public override string AskOutcome => $"Wat is er besloten? Kort en zonder namen (hooguit {MaxQuestionLength} tekens).";

        public override string OutcomeTooLong => $"Houd het kort: hooguit {MaxQuestionLength} tekens.";

        public override string Resolved => "Uitkomst vastgelegd; de escalatie is afgerond. Typ **wat nu?** voor de volgende stap.";
    }

    private sealed class EnglishTexts : EscalationTexts
    {
        public override string PostponedTitle => "Not registered yet";

        public override string SubmittedTitle => "Registered for the Regionale Actietafel";

        public override string Help => "The Regional action table is for cases that go beyond the school and the samenwerkingsverband and in which the process has stalled. " +
        "Refer the case with the card; then plan the table with **plan action table**.";

        public override string WhoAndWhat(ProcessRule rule, IEnumerable<string> participants) =>
              $"**Regionale Actietafel** — for cases that go beyond the school and the samenwerkingsverband and where the process is stuck; it has the power to break deadlocks.\n" +
              $"**At the table:** {string.Join(", ", participants)}.\n" +
              "**Prepare:**\n- one concrete question: which decision do you need?\n- what has been tried and where it gets stuck\n- the joint plan and the open actions\n- inform the parents: the table always works with or in consultation with them\n" +
              $"_Source: {rule.Source.Section}_";

        public override string Participant(Domain.Vocabulary.PartnerRole role) => role switch
        {
            Domain.Vocabulary.PartnerRole.Samenwerkingsverband => "director of the samenwerkingsverband",
            Domain.Vocabulary.PartnerRole.Gebiedsteam => "team lead of the area team",
            Domain.Vocabulary.PartnerRole.Leerplicht => "attendance officer",
            Domain.Vocabulary.PartnerRole.Procesregisseur => "the case's procesregisseur",
            _ => role.ToString().ToLowerInvariant(),
        };

        public override string Zio => "For ZiO the Actietafel is not the route: discuss it with the regiehouder and the partners, from step 4 in the projectgroep (type **plan projectgroep**).";

        public override string OzoFirst => "First discuss it in the OZO: there the school, samenwerkingsverband, area team and parents look at what is needed, and the OZO escalates to the Regional action table when it goes beyond them. Type **plan an OZO**.";

        public override string NoTrigger => "The OZO asks for it: the process is stuck.";

        public override string InStepSince(int weeks, string day) => $"{weeks} weeks (since {day})";

        public override string NextSession => "not planned yet — type plan actietafel";

        public override string SubmittedBy => "A participant of the OZO";

        public override string ParentsFirst => "Inform the parents first: the Actietafel always works with or in consultation with the parents. Tick the box when they know, then submit.";

        public override string Submitted(string code) => $"Case {code} is registered for the Regionale Actietafel. Plan the meeting: type **plan actietafel**.";

        public override string Postponed => "Fine, not now. I'll suggest it again while the process stays stuck; type **escalate** when you're ready.";

        public override string Stale => "Someone changed the case since this card was made. Nothing was submitted; here is the current card.";

        public override string AlreadyOpen(string code, string day) => $"Case {code} was registered for the Actietafel on {day}. Has the table taken place, and do you want to record the outcome?";

        public override string PlanIt => "Then plan the table: type **plan actietafel**.";

        public override string AskOutcome => $"What was decided? Briefly, without names (at most {MaxQuestionLength} characters).";

        public override string OutcomeTooLong => $"Keep it short: at most {MaxQuestionLength} characters.";

        public override string Resolved => "Outcome recorded; the escalation is closed. Type **what's next?** for the next step.";
    }
}
