using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Guidance;

/// <summary>
/// What the next-step engine says, one catalogue per language (dates stay out of the text; cards show
/// <see cref="NextAction.When"/>). Every text is abstract here, so a language without it does not compile.
/// </summary>
public abstract class GuidanceTexts
{
    public static GuidanceTexts Dutch { get; } = new DutchTexts();

    public static GuidanceTexts English { get; } = new EnglishTexts();

    public static GuidanceTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>A role inside a sentence, lower case: "school", "area team".</summary>
    public abstract string RoleName(PartnerRole role);

    /// <summary>A kind of meeting inside a sentence: "OZO", "evaluation".</summary>
    public abstract string MeetingName(MeetingKind kind);

    /// <summary>A kind of meeting as a label (choices, cards): "OZO", "Evaluation".</summary>
    public abstract string MeetingLabel(MeetingKind kind);

    /// <summary>A role as a label (lists, cards): the role with a capital; an extra attendee is a participant.</summary>
    public abstract string RoleLabel(PartnerRole role);

    /// <summary>"Who" before the role that is on turn.</summary>
    public abstract string Who { get; }

    /// <summary>"By" before a date.</summary>
    public abstract string Before { get; }

    /// <summary>What a group chat sees instead of a sensitive checklist item.</summary>
    public abstract string SensitiveItem { get; }

    public abstract string ActietafelWhat { get; }

    public abstract string ActietafelWhy { get; }

    public abstract string ReviewFinancingWhat { get; }

    public abstract string FinancingFirstWhat { get; }

    public abstract string FinancingFirstWhy { get; }

    public abstract string ReviewFinancingWhy { get; }

    public abstract string LeerplichtWhat { get; }

    public abstract string LeerplichtWhy { get; }

    public abstract string ConsulentWhat { get; }

    public abstract string ConsulentWhy { get; }

    public abstract string VariawetWhat { get; }

    public abstract string VariawetWhy { get; }

    public abstract string RaiseInOzoWhat { get; }

    public abstract string RaiseInOzoWhy { get; }

    public abstract string PostponedSignal { get; }

    public abstract string ZioStagnationWhat { get; }

    public abstract string ZioStagnationEarlyWhat { get; }

    public abstract string PlanActietafelWhat { get; }

    public abstract string PlanActietafelWhy { get; }

    public abstract string PlanEvaluationWhat { get; }

    public abstract string PlanEvaluationWhy { get; }

    public abstract string RecordEvaluationWhat { get; }

    public abstract string RecordEvaluationWhy { get; }

    public abstract string FirstEvaluationWhat { get; }

    public abstract string FirstEvaluationWhy { get; }

    public abstract string PlanOzoWhat { get; }

    public abstract string PlanOzoWhy { get; }

    public abstract string PlanProjectgroepWhat { get; }

    public abstract string PlanProjectgroepWhy { get; }

    public abstract string SupportLevelWhat { get; }

    public abstract string SupportLevelWhy { get; }

    public abstract string ProcesregisseurWhat { get; }

    public abstract string ProcesregisseurWhy { get; }

    public abstract string GoalsWhat { get; }

    public abstract string GoalsWhy { get; }

    public abstract string AgreePlanWhat { get; }

    public abstract string AgreePlanWhy { get; }

    public abstract string ApplyForFinancingWhy { get; }

    public abstract string MeetingNotRecordedWhy { get; }

    public abstract string UpcomingActionWhy { get; }

    /// <summary>What to apply for, in the financer's own words: only the gemeente gives a beschikking.</summary>
    public abstract string ApplyForFinancingWhat(Financer financer);

    public abstract string OverdueWhat(string description);

    public abstract string OverdueWhy(PartnerRole owner);

    /// <summary>The regional threshold, named as such: no source sets a number of weeks.</summary>
    public abstract string IdleSignal(int weeks, int regionalWeeks);

    public abstract string ZioStagnationWhy(int months, int expectedMonths);

    public abstract string UpcomingWhat(string description);

    public abstract string PrepareWhat(MeetingKind kind);

    public abstract string PrepareWhy(MeetingKind kind);

    public abstract string RecordMeetingWhat(MeetingKind kind);

    public abstract string ChecklistWhy(ProcessStep step);

    public abstract string AdvanceWhat(ProcessStep next);

    public abstract string AdvanceWhy(ProcessStep current);

    public abstract string PreviewWhat(ProcessStep next, IEnumerable<string> items);

    public abstract string PreviewWhy(ProcessStep next, ZioPhase? newPhase);

    private sealed class DutchTexts : GuidanceTexts
    {
        public override string SensitiveItem => RefusalTexts.Dutch.SensitiveItem;

        public override string Who => "wie";

        public override string Before => "vóór";

        public override string RoleName(PartnerRole role) => CaseTexts.RoleName(role);

        public override string MeetingName(MeetingKind kind) => CaseTexts.MeetingName(kind);

        public override string MeetingLabel(MeetingKind kind) => Scheduling.SchedulingTexts.KindLabel(kind);

        public override string RoleLabel(PartnerRole role) => Scheduling.SchedulingTexts.RoleLabel(role);

        public override string ActietafelWhat => "Breng de casus in bij de Regionale Actietafel";

        public override string ActietafelWhy => "Het OZO is geweest. Gaat de stagnatie school en samenwerkingsverband te boven, dan schaalt het OZO op naar de Regionale Actietafel, met doorzettingsmacht; altijd met of in afstemming met ouders.";

        public override string ReviewFinancingWhat => "Herzie de financiering";

        public override string FinancingFirstWhat => "Breng eerst de financieringsmogelijkheden in kaart";

        public override string FinancingFirstWhy => "Bepaal eerst welke financiering mogelijk is voor de benodigde ondersteuning; daarna vullen jullie het plan in. Typ **financiering vastleggen**.";

        public override string ReviewFinancingWhy => "Het ondersteuningsniveau is op- of afgeschaald: spreek opnieuw af wie wat financiert en hoe lang (typ financiering vastleggen).";

        public override string LeerplichtWhat => "Betrek de leerplichtambtenaar";

        public override string LeerplichtWhy => "Bij verzuim, thuiszitten, schorsing, vrijstelling of verwijdering is de leerplichtambtenaar basispartner van het OZO; een vrijstelling gaat altijd via de leerplichtambtenaar.";

        public override string ConsulentWhat => "Overweeg de onderwijs(zorg)consulent";

        public override string ConsulentWhy => "Onderwijs(zorg)consulenten zijn inzetbaar bij langdurig thuiszitten zonder uitzicht op een plek (facultatief).";

        public override string VariawetWhat => "Minder onderwijstijd: stel een OPP op en vraag toestemming aan de Inspectie";

        public override string VariawetWhy => "De Variawet biedt maatwerk om toe te groeien naar de volledige onderwijstijd: met een OPP en toestemming van de Inspectie van het Onderwijs, voor een jaar, met hooguit een jaar verlenging.";

        public override string RaiseInOzoWhat => "Bespreek de stagnatie in het OZO";

        public override string RaiseInOzoWhy => "Er is nog geen OZO gehouden. In het OZO bespreken school, samenwerkingsverband, gebiedsteam en ouders wat nodig is; pas als het hen te boven gaat, volgt de Regionale Actietafel.";

        public override string PostponedSignal => "Een actie is herhaaldelijk verzet en weer verlopen.";

        public override string ZioStagnationWhat => "Het traject loopt uit: bespreek het in de projectgroep";

        public override string ZioStagnationEarlyWhat => "Het traject loopt uit: bespreek het met de regiehouder en de betrokken partners";

        public override string PlanActietafelWhat => "Plan de Regionale Actietafel";

        public override string PlanActietafelWhy => "Er loopt een escalatie naar de Actietafel. Deelnemers: directeur SWV, teamleider gebiedsteam, leerplichtambtenaar en de procesregisseur; ouders in afstemming of aanwezig.";

        public override string PlanEvaluationWhat => "Plan het evaluatieoverleg";

        public override string PlanEvaluationWhy => "De evaluatie komt eraan. Evalueer met leerling, ouders en partners: uitvoering, efficiëntie, doelen en aansluiting.";

        public override string RecordEvaluationWhat => "Leg de evaluatie vast: uitval, tevredenheid, doelrealisatie en een besluit";

        public override string RecordEvaluationWhy => "De evaluatiedatum is bereikt. Leg de outcome-criteria vast en besluit: doorgaan, bijstellen, afschalen, opschalen of afsluiten.";

        public override string FirstEvaluationWhat => "Plan de eerste evaluatie";

        public override string FirstEvaluationWhy => "Evalueer het arrangement regelmatig met leerling, ouders en partners. OzaBot start Activeren pas met een evaluatiedatum (een productregel, zodat de evaluatie niet vergeten wordt).";

        public override string PlanOzoWhat => "Plan het OZO";

        public override string PlanOzoWhy => "De school heeft zorgplicht en organiseert het OZO, samen met de ouders of na overleg met hen. Basispartners: school, samenwerkingsverband, gebiedsteam en zo nodig leerplicht.";

        public override string PlanProjectgroepWhat => "Plan de eerste bijeenkomst van de projectgroep";

        public override string PlanProjectgroepWhy => "Zet een projectgroep op met minimaal school, samenwerkingsverband(en) en gemeente(n) en verdeel taken.";

        public override string SupportLevelWhat => "Kies het ondersteuningsniveau: basis, aanvullend of specialistisch";

        public override string SupportLevelWhy => "Zo dichtbij en licht als mogelijk, zo zwaar als nodig.";

        public override string ProcesregisseurWhat => "Benoem één procesregisseur";

        public override string ProcesregisseurWhy => "Het gezamenlijk plan heeft precies één procesregisseur: één kind, één gezin, één plan.";

        public override string GoalsWhat => "Kies de doelstelling van het arrangement";

        public override string GoalsWhy => "Terugleiden, opbouwen, versterken, aanpassen, doorleiden of verrijken: de doelstelling helpt het arrangement dicht bij de leerling te organiseren.";

        public override string AgreePlanWhat => "Stel het gezamenlijk plan vast";

        public override string AgreePlanWhy => "Het plan beschrijft zorg en ondersteuning, periode, ieders verantwoordelijkheid en het evaluatieproces. Pas daarna volgt een beschikking.";

        public override string ApplyForFinancingWhy => "Het gezamenlijk plan is er; nu kan de financiering worden aangevraagd en toegekend.";

        public override string MeetingNotRecordedWhy => "Het overleg is voorbij maar staat nog als gepland. Leg vast dat het is gehouden, of verzet het.";

        public override string UpcomingActionWhy => "De deadline komt eraan.";

        public override string ApplyForFinancingWhat(Financer financer) => financer switch
        {
            Financer.Gemeente => "Vraag de beschikking jeugdhulp aan bij de gemeente",
            Financer.Samenwerkingsverband => "Vraag het arrangement of de TLV aan bij het samenwerkingsverband",
            Financer.Zorgkantoor => "Vraag de Wlz-indicatie aan bij het CIZ",
            _ => "Vraag de toezegging voor de financiering aan",
        };

        public override string OverdueWhat(string description) => "Actie verlopen: " + description;

        public override string OverdueWhy(PartnerRole owner) =>
            $"De deadline is voorbij. In het gezamenlijk plan staat ieders verantwoordelijkheid; de {CaseTexts.RoleName(owner)} is aan zet.";

        public override string IdleSignal(int weeks, int regionalWeeks) =>
            $"Al {weeks} weken geen voortgang (regionale instelling: na {regionalWeeks} weken meldt OzaBot stagnatie).";

        public override string ZioStagnationWhy(int months, int expectedMonths) =>
            $"Jullie zijn {months} maanden bezig; fase 1 en 2 zijn samen meestal binnen {expectedMonths} maanden haalbaar. Kijk samen wat er nodig is om verder te komen.";

        public override string UpcomingWhat(string description) => "Actie: " + description;

        public override string PrepareWhat(MeetingKind kind) => $"Bereid {CaseTexts.TheMeeting(kind)} voor";

        public override string PrepareWhy(MeetingKind kind) => kind switch
        {
            MeetingKind.Ozo => "Stem vooraf af met ouders en zorg dat de basispartners er zijn: school, samenwerkingsverband, gebiedsteam en zo nodig leerplicht.",
            MeetingKind.Evaluatie => "Evaluatievragen: hoe verloopt de uitvoering, is de inzet efficiënt, worden de doelen behaald, sluit het nog aan? Leg ook uitval, tevredenheid en doelrealisatie vast.",
            MeetingKind.Actietafel => "Breng de stagnatie helder in; de Actietafel heeft doorzettingsmacht. Ouders zijn aanwezig of er is met hen afgestemd.",
            _ => "Verdeel taken en verantwoordelijkheden en werk aan beeldvorming en draagvlak bij de ketenpartners.",
        };

        public override string RecordMeetingWhat(MeetingKind kind) => $"Leg vast of {CaseTexts.TheMeeting(kind)} is gehouden";

        public override string ChecklistWhy(ProcessStep step) => $"Hoort bij stap {step.Name}: {step.Goal}";

        public override string AdvanceWhat(ProcessStep next) => $"Ga door naar stap {next.Number}: {next.Name}";

        public override string AdvanceWhy(ProcessStep current) => $"Alles van stap {current.Name} is rond.";

        public override string PreviewWhat(ProcessStep next, IEnumerable<string> items) =>
            $"Daarna, in stap {next.Name}: {string.Join("; ", items)}";

        public override string PreviewWhy(ProcessStep next, ZioPhase? newPhase) =>
            newPhase is null ? next.Goal : $"{next.Goal} Dit is het begin van fase {newPhase.Number} ({newPhase.Name}): {newPhase.ExpectedDuration}";
    }

    private sealed class EnglishTexts : GuidanceTexts
    {
        public override string SensitiveItem => RefusalTexts.English.SensitiveItem;

        public override string Who => "who";

        public override string Before => "by";

        public override string ActietafelWhat => "Bring the case to the Regional action table (Regionale Actietafel)";
        public override string ActietafelWhy => "The OZO has taken place. If the standstill goes beyond the school and the samenwerkingsverband, the OZO scales up to the Regional action table, which can push decisions through; always with or in consultation with the parents.";
        public override string ReviewFinancingWhat => "Review the funding";
        public override string FinancingFirstWhat => "First map the funding options";
        public override string FinancingFirstWhy => "First decide which funding is possible for the support needed; then you fill in the plan. Type **record funding**.";
        public override string ReviewFinancingWhy => "The support level was scaled up or down: agree again who funds what and for how long (type record funding).";
        public override string LeerplichtWhat => "Involve the attendance officer";
        public override string LeerplichtWhy => "In case of absence, staying at home, suspension, exemption or expulsion the attendance officer is a core partner of the OZO; an exemption always goes through the attendance officer.";
        public override string ConsulentWhat => "Consider the education (care) consultant";
        public override string ConsulentWhy => "Education (care) consultants can help when a pupil has stayed at home for a long time without a place in sight (optional).";
        public override string VariawetWhat => "Less teaching time: draw up an OPP and ask the Inspectorate for permission";
        public override string VariawetWhy => "The Variawet allows a tailored path towards full teaching time: with an OPP and permission from the Education Inspectorate, for one year, with at most one year's extension.";
        public override string RaiseInOzoWhat => "Discuss the standstill in the OZO";
        public override string RaiseInOzoWhy => "No OZO has been held yet. In the OZO the school, samenwerkingsverband, area team and parents discuss what is needed; only if it goes beyond them does the Regional action table follow.";
        public override string PostponedSignal => "An action was postponed repeatedly and is overdue again.";
        public override string ZioStagnationWhat => "The trajectory is running late: discuss it in the project group";
        public override string ZioStagnationEarlyWhat => "The trajectory is running late: discuss it with the regiehouder and the partners involved";
        public override string PlanActietafelWhat => "Plan the Regional action table";
        public override string PlanActietafelWhy => "An escalation to the action table is open. Participants: SWV director, area team leader, attendance officer and the procesregisseur; parents consulted or present.";
        public override string PlanEvaluationWhat => "Plan the evaluation meeting";
        public override string PlanEvaluationWhy => "The evaluation is coming up. Evaluate with pupil, parents and partners: execution, efficiency, goals and fit.";
        public override string RecordEvaluationWhat => "Record the evaluation: dropout, satisfaction, goal attainment and a decision";
        public override string RecordEvaluationWhy => "The evaluation date has been reached. Record the outcome criteria and decide: continue, adjust, scale down, scale up or close.";
        public override string FirstEvaluationWhat => "Plan the first evaluation";
        public override string FirstEvaluationWhy => "Evaluate the arrangement regularly with pupil, parents and partners. OzaBot only starts Activate with an evaluation date (a product rule, so the evaluation is not forgotten).";
        public override string PlanOzoWhat => "Plan the OZO";
        public override string PlanOzoWhy => "The school has the duty of care and organises the OZO, together with the parents or after consulting them. Core partners: school, samenwerkingsverband, area team and, if needed, the attendance officer.";
        public override string PlanProjectgroepWhat => "Plan the first meeting of the project group";
        public override string PlanProjectgroepWhy => "Set up a project group with at least the school, the samenwerkingsverband(s) and the municipality or municipalities, and divide the tasks.";
        public override string SupportLevelWhat => "Choose the support level: basic, additional or specialist";
        public override string SupportLevelWhy => "As close and light as possible, as heavy as necessary.";
        public override string ProcesregisseurWhat => "Appoint one procesregisseur";
        public override string ProcesregisseurWhy => "The joint plan has exactly one procesregisseur: one child, one family, one plan.";
        public override string GoalsWhat => "Choose the objective of the arrangement";
        public override string GoalsWhy => "Return, build up, strengthen, adapt, transfer or enrich: the objective helps to organise the arrangement close to the pupil.";
        public override string AgreePlanWhat => "Agree the joint plan";
        public override string AgreePlanWhy => "The plan describes care and support, period, everyone's responsibility and the evaluation process. Only then does a beschikking follow.";
        public override string ApplyForFinancingWhy => "The joint plan exists; now the funding can be applied for and granted.";
        public override string MeetingNotRecordedWhy => "The meeting is over but is still marked as planned. Record that it took place, or move it.";
        public override string UpcomingActionWhy => "The deadline is coming up.";

        public override string ApplyForFinancingWhat(Financer financer) => financer switch
        {
            Financer.Gemeente => "Apply to the municipality for the youth care decision (beschikking)",
            Financer.Samenwerkingsverband => "Apply to the samenwerkingsverband for the arrangement or the TLV",
            Financer.Zorgkantoor => "Apply to the CIZ for the Wlz assessment",
            _ => "Apply for the funding commitment",
        };

        public override string OverdueWhat(string description) => "Action overdue: " + description;

        public override string OverdueWhy(PartnerRole owner) =>
            $"The deadline has passed. The joint plan sets out everyone's responsibility; it is up to the {RoleName(owner)}.";

        public override string IdleSignal(int weeks, int regionalWeeks) =>
            $"No progress for {weeks} weeks (regional setting: OzaBot reports a standstill after {regionalWeeks} weeks).";

        public override string ZioStagnationWhy(int months, int expectedMonths) =>
            $"You have been at it for {months} months; phases 1 and 2 together usually take at most {expectedMonths} months. Look together at what is needed to move on.";

        public override string UpcomingWhat(string description) => "Action: " + description;

        public override string PrepareWhat(MeetingKind kind) => $"Prepare the {MeetingName(kind)}";

        public override string PrepareWhy(MeetingKind kind) => kind switch
        {
            MeetingKind.Ozo => "Consult the parents beforehand and make sure the core partners are there: school, samenwerkingsverband, area team and, if needed, the attendance officer.",
            MeetingKind.Evaluatie => "Evaluation questions: how is the execution going, is the effort efficient, are the goals being reached, does it still fit? Also record dropout, satisfaction and goal attainment.",
            MeetingKind.Actietafel => "Present the standstill clearly; the action table can push decisions through. Parents are present or have been consulted.",
            _ => "Divide tasks and responsibilities and work on a shared picture and support among the chain partners.",
        };

        public override string RecordMeetingWhat(MeetingKind kind) => $"Record whether the {MeetingName(kind)} took place";

        public override string ChecklistWhy(ProcessStep step) => $"Part of step {step.Name}: {step.Goal}";

        public override string AdvanceWhat(ProcessStep next) => $"Go on to step {next.Number}: {next.Name}";

        public override string AdvanceWhy(ProcessStep current) => $"Everything in step {current.Name} is done.";

        public override string PreviewWhat(ProcessStep next, IEnumerable<string> items) =>
            $"After that, in step {next.Name}: {string.Join("; ", items)}";

        public override string PreviewWhy(ProcessStep next, ZioPhase? newPhase) =>
            newPhase is null ? next.Goal : $"{next.Goal} This starts phase {newPhase.Number} ({newPhase.Name}): {newPhase.ExpectedDuration}";

        public override string MeetingLabel(MeetingKind kind) => CaseTexts.Sentence(MeetingName(kind));

        public override string RoleLabel(PartnerRole role) => role == PartnerRole.Overig ? "Participant" : CaseTexts.Sentence(RoleName(role));

        public override string MeetingName(MeetingKind kind) => kind switch
        {
            MeetingKind.Ozo => "OZO",
            MeetingKind.Evaluatie => "evaluation",
            MeetingKind.Actietafel => "Regional action table",
            _ => "project group",
        };

        public override string RoleName(PartnerRole role) => role switch
        {
            PartnerRole.School => "school",
            PartnerRole.Samenwerkingsverband => "samenwerkingsverband",
            PartnerRole.Gebiedsteam => "area team",
            PartnerRole.Leerplicht => "attendance officer",
            PartnerRole.Zorgaanbieder => "care provider",
            PartnerRole.Ouders => "parents",
            PartnerRole.Leerling => "pupil",
            PartnerRole.Procesregisseur => "procesregisseur",
            PartnerRole.Onderwijsconsulent => "education (care) consultant",
            PartnerRole.Gemeente => "municipality",
            PartnerRole.Zorgkantoor => "zorgkantoor",
            PartnerRole.Regiehouder => "regiehouder",
            _ => "other partner",
        };
    }
}
