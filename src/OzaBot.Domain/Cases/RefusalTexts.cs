using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Privacy;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>
/// What a <see cref="Refusal"/> says, one catalogue per language: the reason and what to do instead. Step and item
/// names come from the process content in the same language.
/// </summary>
public abstract class RefusalTexts
{
    public static RefusalTexts Dutch { get; } = new DutchTexts();

    public static RefusalTexts English { get; } = new EnglishTexts();

    public static RefusalTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>The explanation of <paramref name="refusal"/>; <paramref name="catalogue"/> names steps and items.</summary>
    public string Say(Refusal refusal, ProcessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(catalogue);
        var content = catalogue.In(Language);
        return refusal.Code switch
        {
            RefusalCode.PersonalData => PersonalData(refusal.DataKind ?? PersonalDataKind.Name),
            RefusalCode.ChecklistOpen => ChecklistOpen(content.Step(refusal.StepId!).Name, (refusal.ItemIds ?? []).Select(id => ItemText(content, id))),
            RefusalCode.FutureStep => FutureStep(content.Step(refusal.StepId!).Name),
            RefusalCode.ConsentWrongGiver => ConsentWrongGiver(refusal.Age ?? PupilAge.Vanaf16),
            RefusalCode.NoConsent => NoConsent(refusal.Roles ?? []),
            RefusalCode.TooManyBlocks => TooManyBlocks(refusal.Number),
            RefusalCode.UnknownBlock => UnknownBlock(refusal.Number),
            _ => Simple(refusal.Code),
        };
    }

    /// <summary>What a group chat sees instead of a sensitive checklist item.</summary>
    public abstract string SensitiveItem { get; }

    protected abstract Language Language { get; }

    protected abstract string Simple(RefusalCode code);

    protected abstract string PersonalData(PersonalDataKind kind);

    protected abstract string ChecklistOpen(string stepName, IEnumerable<string> items);

    protected abstract string FutureStep(string stepName);

    protected abstract string ConsentWrongGiver(PupilAge age);

    protected abstract string NoConsent(IEnumerable<PartnerRole> roles);

    protected abstract string TooManyBlocks(int max);

    protected abstract string UnknownBlock(int count);

    private string ItemText(ProcessCatalogue content, string itemId) =>
        content.TryGetChecklistItem(itemId, out _, out var item) && !item.Sensitive ? item.Text : SensitiveItem;

    private sealed class DutchTexts : RefusalTexts
    {
        public override string SensitiveItem => "een punt over gezondheid of verzuim (zie je 1:1-chat met OzaBot)";

        protected override Language Language => Language.Dutch;

        protected override string Simple(RefusalCode code) => code switch
        {
            RefusalCode.Closed => "Deze casus is gesloten; er kan niets meer worden gewijzigd.",
            RefusalCode.AlreadyClosed => "Deze casus is al gesloten.",
            RefusalCode.Bsn => "Dit lijkt een BSN. Zet geen BSN of andere herleidbare gegevens in OzaBot; gebruik alleen de casuscode.",
            RefusalCode.Stale => "De casus is intussen door iemand anders gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.",
            RefusalCode.InitialsInvalid => "Initialen zijn hooguit vier letters, eventueel met punten (bijv. \"J.B.\"). Gebruik nooit een volledige naam.",
            RefusalCode.UserMissing => "Onbekende gebruiker: een wijziging moet aan een gebruiker gekoppeld zijn.",
            RefusalCode.TextMissing => "Vul een korte omschrijving in.",
            RefusalCode.TextTooLong => "Houd de omschrijving kort (hooguit 200 tekens) en zonder persoonsgegevens.",
            RefusalCode.LastStep => "Dit is de laatste stap. Evalueer regelmatig en sluit de casus af als het arrangement klaar is.",
            RefusalCode.OnlyOza => "Dit hoort bij een onderwijs-zorgarrangement (OZA), niet bij een ZiO-traject.",
            RefusalCode.GoalsMissing => "Kies minstens één doelstelling (terugleiden, opbouwen, versterken, aanpassen, doorleiden of verrijken).",
            RefusalCode.SupportLevelMissing => "Kies eerst het ondersteuningsniveau (basis, aanvullend of specialistisch): zo dichtbij en licht mogelijk, en zo zwaar als nodig.",
            RefusalCode.PlanNotYet => "Een gezamenlijk plan stel je op in de stap Ontwikkelen.",
            RefusalCode.PlanSupportMissing => "Beschrijf de ondersteuning op minstens één aspect (didactisch, sociaal-emotioneel, communicatie, fysiek/medisch, thuis en omgeving).",
            RefusalCode.PlanDoelenMissing => "Noem minstens één concreet doel, in neutrale woorden.",
            RefusalCode.EvaluationAfterPeriod => "De eerste evaluatie moet binnen de periode van het plan vallen.",
            RefusalCode.EvaluationRhythm => "Evalueer minstens eens per jaar: kies een ritme van 1 tot 52 weken.",
            RefusalCode.PlanMissing => "Stel eerst het gezamenlijk plan vast (procesafspraken: Gezamenlijk plan).",
            RefusalCode.NoProcesregisseur => "Benoem eerst precies één procesregisseur (procesafspraken: Gezamenlijk plan).",
            RefusalCode.SecondProcesregisseur => "Er is al een procesregisseur. Er is er altijd precies één; vervang de huidige als dat nodig is.",
            RefusalCode.RemoveProcesregisseur => "De procesregisseur kan niet weg zolang het plan loopt; vervang hem of haar door een nieuwe procesregisseur.",
            RefusalCode.NoFirstEvaluation => "Spreek eerst af wanneer jullie evalueren: plan de eerste evaluatie. Zonder evaluatiedatum kan stap Activeren niet beginnen.",
            RefusalCode.InPast => "Dat moment ligt in het verleden.",
            RefusalCode.EndBeforeStart => "Het einde moet na het begin liggen.",
            RefusalCode.NoAttendees => "Kies minstens één deelnemer (rol).",
            RefusalCode.OzoNeedsSchool => "De school heeft zorgplicht en organiseert het OZO; zet de school bij de deelnemers.",
            RefusalCode.OzoOnlyOza => "Een OZO gaat over een onderwijs-zorgarrangement; voor ZiO plan je een projectgroep.",
            RefusalCode.ProjectgroepOnlyZio => "Een projectgroep hoort bij een ZiO-traject; voor een OZA plan je een OZO.",
            RefusalCode.EvaluationTooEarly => "Evalueren kan pas als het arrangement loopt (stap Activeren, of bij ZiO fase 3).",
            RefusalCode.NextEvaluationMissing => "Plan de volgende evaluatie (evalueer regelmatig, NJi stap 5).",
            RefusalCode.FinalEvaluationCloses => "Afsluiten is de eindevaluatie: leg daar de uitkomst vast (uitval, tevredenheid, doelrealisatie).",
            RefusalCode.ScoreRange => "Tevredenheid is een cijfer van 1 (zeer ontevreden) tot en met 5 (zeer tevreden).",
            RefusalCode.AlreadySpecialistisch => "Het ondersteuningsniveau is al specialistisch; zwaardere ondersteuning is er niet. Kies bijstellen.",
            RefusalCode.AlreadyBasis => "Het ondersteuningsniveau is al basis; afschalen kan niet verder. Overweeg af te sluiten.",
            RefusalCode.BeschikkingBeforePlan => "Een beschikking komt pas als het gezamenlijk plan er is (procesafspraken: Gezamenlijke financiering).",
            RefusalCode.PeriodInvalid => "De einddatum moet na de begindatum liggen.",
            RefusalCode.EscalationOpen => "Er loopt al een escalatie op dit niveau.",
            RefusalCode.EscalationResolved => "Deze escalatie is al afgerond.",
            RefusalCode.ConsentWithdrawn => "Deze toestemming is al ingetrokken.",
            RefusalCode.ConsentCategoriesMissing => "Kies minstens één soort gegevens (plan, OPP, verslagen school, gegevens jeugdhulp, medische gegevens).",
            RefusalCode.NotFound => "Dat onderdeel bestaat niet (meer) in deze casus.",
            RefusalCode.ActionNotOpen => "Deze actie staat niet meer open.",
            RefusalCode.MeetingNotPlanned => "Dit overleg staat niet (meer) gepland.",
            RefusalCode.MeetingNotStarted => "Dit overleg is nog niet begonnen.",
            RefusalCode.UnknownChecklistItem => "Dit checklistpunt hoort niet bij dit traject.",
            RefusalCode.FinancingIncomplete => "Dat kon ik niet opslaan: kies een financier, een begindatum en een geldige stand.",
            RefusalCode.NoBlock => "Kies een blok van het gesprekskader.",
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };

        protected override string PersonalData(PersonalDataKind kind) => kind switch
        {
            PersonalDataKind.Bsn => Simple(RefusalCode.Bsn),
            PersonalDataKind.Email => "Dit lijkt een e-mailadres. Zet geen contactgegevens in OzaBot; noem alleen de rol (bijv. \"gebiedsteam\"). Typ het opnieuw zonder adres.",
            PersonalDataKind.Phone => "Dit lijkt een telefoonnummer. Zet geen contactgegevens in OzaBot; noem alleen de rol. Typ het opnieuw zonder nummer.",
            PersonalDataKind.BirthDate => "Dit lijkt een geboortedatum. Zet die niet in OzaBot; gebruik alleen de casuscode. Typ het opnieuw zonder die datum.",
            PersonalDataKind.Address => "Dit lijkt een adres (postcode). Zet geen adressen in OzaBot. Typ het opnieuw zonder adres.",
            PersonalDataKind.Iban => "Dit lijkt een rekeningnummer (IBAN). Zet dat niet in OzaBot. Typ het opnieuw zonder nummer.",
            _ => "Dit lijkt een naam. OzaBot kent leerlingen, ouders en professionals alleen aan hun rol (bijv. \"de leerling\", \"de mentor\"). Typ het opnieuw zonder naam.",
        };

        protected override string ChecklistOpen(string stepName, IEnumerable<string> items) =>
            $"Stap {stepName} is nog niet rond. Nog open: {string.Join("; ", items)}.";

        protected override string FutureStep(string stepName) => $"Dit punt hoort bij stap {stepName}; die stap is nog niet begonnen.";

        protected override string ConsentWrongGiver(PupilAge age) => age switch
        {
            PupilAge.Onder12 => "Onder de 12 geven de ouders toestemming (WGBO, Jeugdwet).",
            PupilAge.Van12Tot16 => "Van 12 tot 16 geven ouders én leerling samen toestemming (WGBO, Jeugdwet).",
            _ => "Vanaf 16 geeft de leerling zelf toestemming (WGBO, Jeugdwet).",
        };

        protected override string NoConsent(IEnumerable<PartnerRole> roles) =>
            $"Er is geen geldige toestemming om het plan te delen met: {string.Join(", ", roles.Select(CaseTexts.RoleName))}. Leg eerst toestemming vast (typ **toestemming vastleggen**) of kies andere deelnemers.";

        protected override string TooManyBlocks(int max) =>
            $"Bespreek hooguit {max} blokken per gesprek; het zijn veel vragen (handreiking gesprekskader).";

        protected override string UnknownBlock(int count) => $"Het gesprekskader heeft blokken 1 tot en met {count}.";
    }

    private sealed class EnglishTexts : RefusalTexts
    {
        public override string SensitiveItem => "an item about health or absence (see your 1:1 chat with OzaBot)";

        protected override Language Language => Language.English;

        protected override string Simple(RefusalCode code) => code switch
        {
            RefusalCode.Closed => "This case is closed; nothing can be changed any more.",
            RefusalCode.AlreadyClosed => "This case is already closed.",
            RefusalCode.Bsn => "This looks like a BSN. Don't put a BSN or other identifying data in OzaBot; use only the case code.",
            RefusalCode.Stale => "Someone else changed the case in the meantime. Look at the latest version and try again.",
            RefusalCode.InitialsInvalid => "Initials are at most four letters, with or without dots (e.g. \"J.B.\"). Never use a full name.",
            RefusalCode.UserMissing => "Unknown user: a change must be linked to a user.",
            RefusalCode.TextMissing => "Fill in a short description.",
            RefusalCode.TextTooLong => "Keep the description short (at most 200 characters) and without personal data.",
            RefusalCode.LastStep => "This is the last step. Evaluate regularly and close the case when the arrangement is finished.",
            RefusalCode.OnlyOza => "This belongs to an education-care arrangement (OZA), not to a ZiO trajectory.",
            RefusalCode.GoalsMissing => "Choose at least one objective (return, build up, strengthen, adapt, transfer or enrich).",
            RefusalCode.SupportLevelMissing => "First choose the support level (basic, additional or specialist): as close and light as possible, and as heavy as necessary.",
            RefusalCode.PlanNotYet => "You draw up a joint plan in the Develop step.",
            RefusalCode.PlanSupportMissing => "Describe the support for at least one aspect (didactic, social-emotional, communication, physical/medical, home and surroundings).",
            RefusalCode.PlanDoelenMissing => "Name at least one concrete goal, in neutral words.",
            RefusalCode.EvaluationAfterPeriod => "The first evaluation must fall within the period of the plan.",
            RefusalCode.EvaluationRhythm => "Evaluate at least once a year: choose a rhythm of 1 to 52 weeks.",
            RefusalCode.PlanMissing => "First agree the joint plan (process agreements: joint plan).",
            RefusalCode.NoProcesregisseur => "First appoint exactly one procesregisseur (process agreements: joint plan).",
            RefusalCode.SecondProcesregisseur => "There already is a procesregisseur. There is always exactly one; replace the current one if needed.",
            RefusalCode.RemoveProcesregisseur => "The procesregisseur cannot leave while the plan runs; replace them with a new procesregisseur.",
            RefusalCode.NoFirstEvaluation => "First agree when you evaluate: plan the first evaluation. Without an evaluation date the Activate step cannot start.",
            RefusalCode.InPast => "That moment is in the past.",
            RefusalCode.EndBeforeStart => "The end must be after the start.",
            RefusalCode.NoAttendees => "Choose at least one participant (role).",
            RefusalCode.OzoNeedsSchool => "The school has the duty of care and organises the OZO; add the school to the participants.",
            RefusalCode.OzoOnlyOza => "An OZO is about an education-care arrangement; for ZiO you plan a project group.",
            RefusalCode.ProjectgroepOnlyZio => "A project group belongs to a ZiO trajectory; for an OZA you plan an OZO.",
            RefusalCode.EvaluationTooEarly => "You can only evaluate once the arrangement runs (the Activate step, or phase 3 for ZiO).",
            RefusalCode.NextEvaluationMissing => "Plan the next evaluation (evaluate regularly, NJi step 5).",
            RefusalCode.FinalEvaluationCloses => "Closing is the final evaluation: record the outcome there (dropout, satisfaction, goal attainment).",
            RefusalCode.ScoreRange => "Satisfaction is a score from 1 (very dissatisfied) to 5 (very satisfied).",
            RefusalCode.AlreadySpecialistisch => "The support level is already specialist; there is no heavier support. Choose adjust.",
            RefusalCode.AlreadyBasis => "The support level is already basic; it cannot scale down further. Consider closing.",
            RefusalCode.BeschikkingBeforePlan => "A beschikking only comes once the joint plan exists (process agreements: joint funding).",
            RefusalCode.PeriodInvalid => "The end date must be after the start date.",
            RefusalCode.EscalationOpen => "An escalation at this level is already open.",
            RefusalCode.EscalationResolved => "This escalation has already been resolved.",
            RefusalCode.ConsentWithdrawn => "This consent has already been withdrawn.",
            RefusalCode.ConsentCategoriesMissing => "Choose at least one kind of data (plan, OPP, school reports, youth care data, medical data).",
            RefusalCode.NotFound => "That part does not exist (any more) in this case.",
            RefusalCode.ActionNotOpen => "This action is no longer open.",
            RefusalCode.MeetingNotPlanned => "This meeting is not (or no longer) planned.",
            RefusalCode.MeetingNotStarted => "This meeting has not started yet.",
            RefusalCode.UnknownChecklistItem => "This checklist item does not belong to this trajectory.",
            RefusalCode.FinancingIncomplete => "I could not save that: choose a funder, a start date and a valid status.",
            RefusalCode.NoBlock => "Choose a block of the conversation framework.",
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };

        protected override string PersonalData(PersonalDataKind kind) => kind switch
        {
            PersonalDataKind.Bsn => Simple(RefusalCode.Bsn),
            PersonalDataKind.Email => "This looks like an e-mail address. Don't put contact details in OzaBot; name only the role (e.g. \"area team\"). Type it again without the address.",
            PersonalDataKind.Phone => "This looks like a phone number. Don't put contact details in OzaBot; name only the role. Type it again without the number.",
            PersonalDataKind.BirthDate => "This looks like a date of birth. Don't put it in OzaBot; use only the case code. Type it again without that date.",
            PersonalDataKind.Address => "This looks like an address (postcode). Don't put addresses in OzaBot. Type it again without the address.",
            PersonalDataKind.Iban => "This looks like a bank account number (IBAN). Don't put it in OzaBot. Type it again without the number.",
            _ => "This looks like a name. OzaBot knows pupils, parents and professionals only by their role (e.g. \"the pupil\", \"the mentor\"). Type it again without the name.",
        };

        protected override string ChecklistOpen(string stepName, IEnumerable<string> items) =>
            $"Step {stepName} is not finished yet. Still open: {string.Join("; ", items)}.";

        protected override string FutureStep(string stepName) => $"This item belongs to step {stepName}; that step has not started yet.";

        protected override string ConsentWrongGiver(PupilAge age) => age switch
        {
            PupilAge.Onder12 => "Under 12 the parents give consent (WGBO, Jeugdwet).",
            PupilAge.Van12Tot16 => "From 12 to 16 parents and pupil give consent together (WGBO, Jeugdwet).",
            _ => "From 16 the pupil gives consent (WGBO, Jeugdwet).",
        };

        protected override string NoConsent(IEnumerable<PartnerRole> roles) =>
            $"There is no valid consent to share the plan with: {string.Join(", ", roles.Select(GuidanceTexts.English.RoleName))}. First record consent (type **record consent**) or choose other participants.";

        protected override string TooManyBlocks(int max) =>
            $"Discuss at most {max} blocks per conversation; these are many questions (conversation framework guide).";

        protected override string UnknownBlock(int count) => $"The conversation framework has blocks 1 to {count}.";
    }
}
