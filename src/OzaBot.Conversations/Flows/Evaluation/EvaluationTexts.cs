using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>The evaluation flow's texts, Dutch first.</summary>
internal abstract class EvaluationTexts
{
    public static EvaluationTexts Dutch { get; } = new DutchTexts();

    public static EvaluationTexts English { get; } = new EnglishTexts();

    public static EvaluationTexts In(Language language) => language == Language.English ? English : Dutch;

    public abstract IReadOnlyList<string> KindChoices { get; }

    public abstract IReadOnlyList<string> RatingChoices { get; }

    public abstract IReadOnlyList<string> GoalChoices { get; }

    private static string DecisionEnglish(EvaluationDecision decision) => decision switch
    {
        EvaluationDecision.Doorgaan => "continue",
        EvaluationDecision.Bijstellen => "adjust",
        EvaluationDecision.Afschalen => "scale down",
        _ => "scale up",
    };

    public const string AllGoals = "De afgesproken doelen";

    private static string Lines(IEnumerable<EvaluationQuestion> questions) =>
        string.Join('\n', questions.Select(q => $"- {q.Aspect}: {q.Text}"));

    public abstract string Intro(string code, IEnumerable<EvaluationQuestion> questions);

    public abstract string CardOrText(bool final);

    public abstract string AskRating(int number, int count, EvaluationQuestion question);

    public abstract string Starting { get; }

    public abstract string TooEarly { get; }

    public abstract string AskGoals { get; }

    public abstract string GoalsHelp { get; }

    public abstract string GoalsMissing { get; }

    public abstract string AskUitval { get; }

    public abstract string AskSatisfaction { get; }

    public abstract string SatisfactionRetry { get; }

    public abstract string AskDecision(IEnumerable<VocabularyTerm> decisions);

    public abstract string Recorded(EvaluationDecision decision);

    public abstract string ClosedAfterEvaluation(string purgeNotice);

    public abstract string ConfirmNextDate(string day, int weeks);

    public abstract string AskOtherDate { get; }

    public abstract string DateInPast { get; }

    public abstract string NextPlanned(string day);

    public abstract string Stale { get; }

    public abstract string Bsn { get; }

    public abstract string Kind(int earlier);

    public abstract string Help { get; }

    public abstract string RecordedTitle { get; }


    private sealed class DutchTexts : EvaluationTexts
    {
        public override IReadOnlyList<string> KindChoices { get; } = ["Tussenevaluatie", "Eindevaluatie"];

        public override IReadOnlyList<string> RatingChoices { get; } = ["Goed", "Kan beter", "Zorgelijk"];

        public override IReadOnlyList<string> GoalChoices { get; } = ["Bereikt", "Deels bereikt", "Niet bereikt"];

        public override string RecordedTitle => "Evaluatie vastgelegd";

        public override string Help => "Een tussenevaluatie legt de voortgang vast (uitvoering, efficiëntie, doelen, aansluiting) en hoe jullie verder gaan " +
        "(doorgaan, bijstellen, afschalen of opschalen). De eindevaluatie legt de uitkomst vast (doelrealisatie, uitval, tevredenheid) en sluit het arrangement af. " +
        "Vul de kaart in of beantwoord de vragen hier.";

        public override string Intro(string code, IEnumerable<EvaluationQuestion> questions) => $"**Evaluatie van casus {code}**\nBespreek samen:\n{Lines(questions)}\nIs dit een **tussenevaluatie** (het arrangement loopt door) of de **eindevaluatie** (het stopt; jullie leggen de uitkomst vast)?";

        public override string CardOrText(bool final) => final switch
        {
            false => "Vul de kaart in, of antwoord hier stap voor stap (handig op je telefoon).",
            _ => "**Eindevaluatie**: vul de kaart in, of antwoord hier stap voor stap. Opslaan sluit de casus.",
        };

        public override string AskRating(int number, int count, EvaluationQuestion question) => $"({number}/{count}) **{question.Aspect}**: {question.Text}";

        public override string Starting => "De evaluatie staat hieronder klaar.";

        public override string TooEarly =>
            RefusalTexts.Dutch.Say(Refusals.EvaluationTooEarly, ProcessCatalogue.Default) + " Typ **wat nu?** om te zien wat eerst moet.";

        public override string AskGoals => "**Doelrealisatie**: zijn de afgesproken doelen gehaald?";

        public override string GoalsHelp => "Kies bereikt, deels of niet bereikt, voor de doelen samen (op de kaart kan het per doel).";

        public override string GoalsMissing => "Geef per doel aan of het bereikt, deels bereikt of niet bereikt is.";

        public override string AskUitval => "**Uitval**: is het arrangement voortijdig gestopt (niet volgens plan afgerond)?";

        public override string AskSatisfaction => "**Tevredenheid** van ouders, leerling en school, elk 1 (zeer ontevreden) tot 5 (zeer tevreden). Typ drie cijfers, bijvoorbeeld **4 3 5**; een **?** als het niet gevraagd is, of **overslaan**.";

        public override string SatisfactionRetry => "Typ drie scores van 1 tot 5 (of ?) in de volgorde ouders, leerling, school — bijvoorbeeld **4 ? 5** — of **overslaan**.";

        public override string AskDecision(IEnumerable<VocabularyTerm> decisions) =>
            "**Besluit**: hoe gaan jullie verder?\n" + string.Join('\n', decisions.Select(d => $"- {d.Name}: {d.Description}"));

        public override string Recorded(EvaluationDecision decision) => decision switch
        {
            EvaluationDecision.Afsluiten => "Eindevaluatie vastgelegd: het arrangement is afgerond.",
            _ => $"Tussenevaluatie vastgelegd. Besluit: **{decision}**.",
        };

        public override string ClosedAfterEvaluation(string purgeNotice) =>
            "De casus is nu afgesloten. " + purgeNotice;

        public override string ConfirmNextDate(string day, int weeks) => $"De volgende evaluatie staat op **{day}** (over {weeks} weken). Is dat goed?";

        public override string AskOtherDate => "Op welke datum dan? Bijvoorbeeld **12 januari** of **12-1**.";

        public override string DateInPast => "Die datum is al voorbij. Kies een datum in de toekomst.";

        public override string NextPlanned(string day) => $"Volgende evaluatie: **{day}**. Zet het overleg in de agenda met **plan evaluatie**.";

        public override string Stale => "De casus is gewijzigd sinds deze kaart is gemaakt. Er is niets opgeslagen; hier is de actuele kaart.";

        public override string Bsn =>
            RefusalTexts.Dutch.Say(Refusals.Bsn, ProcessCatalogue.Default);

        public override string Kind(int earlier) => earlier switch
        {
            0 => "Eerste tussenevaluatie",
            _ => "Tussenevaluatie",
        };
    }

    private sealed class EnglishTexts : EvaluationTexts
    {
        public override IReadOnlyList<string> KindChoices { get; } = ["Interim evaluation", "Final evaluation"];

        public override IReadOnlyList<string> RatingChoices { get; } = ["Good", "Could be better", "Worrying"];

        public override IReadOnlyList<string> GoalChoices { get; } = ["Reached", "Partly reached", "Not reached"];

        public override string RecordedTitle => "Evaluation recorded";

        public override string Help => "An interim evaluation records progress (delivery, efficiency, goals, fit) and how you go on " +
        "(continue, adjust, scale down or scale up). The final evaluation records the outcome (goals reached, drop-out, satisfaction) and closes the arrangement. " +
        "Fill in the card or answer the questions here.";

        public override string Intro(string code, IEnumerable<EvaluationQuestion> questions) => $"**Evaluation of case {code}**\nDiscuss together:\n{Lines(questions)}\nIs this an **interim evaluation** (the arrangement goes on) or the **final evaluation** (it stops; you record the outcome)?";

        public override string CardOrText(bool final) => final switch
        {
            false => "Fill in the card, or answer step by step here (easy on a phone).",
            true => "**Final evaluation**: fill in the card, or answer step by step here. Saving closes the case.",
        };

        public override string AskRating(int number, int count, EvaluationQuestion question) => $"({number}/{count}) **{question.Aspect}**: {question.Text}";

        public override string Starting => "Starting the evaluation below.";

        public override string TooEarly =>
            "You can evaluate once the arrangement is running (step Activate, or ZiO phase 3). Type **what's next?** to see what comes first.";

        public override string AskGoals => "**Goals**: have the agreed goals been reached?";

        public override string GoalsHelp => "Pick reached, partly or not reached, for the goals together (the card asks per goal).";

        public override string GoalsMissing => "Say for each goal whether it was reached, partly reached or not reached.";

        public override string AskUitval => "**Drop-out**: did the arrangement stop early (not completed as planned)?";

        public override string AskSatisfaction => "**Satisfaction** of parents, pupil and school, each 1 (very dissatisfied) to 5 (very satisfied). Type three numbers, e.g. **4 3 5**; **?** for not asked, or **skip**.";

        public override string SatisfactionRetry => "Type three scores from 1 to 5 (or ?) in the order parents, pupil, school — e.g. **4 ? 5** — or **skip**.";

        public override string AskDecision(IEnumerable<VocabularyTerm> decisions) =>
            "**Decision**: how do you go on?\n" + string.Join('\n', decisions.Select(d => $"- {d.Name}: {d.Description}"));

        public override string Recorded(EvaluationDecision decision) => decision switch
        {
            EvaluationDecision.Afsluiten => "Final evaluation recorded: the arrangement has ended.",
            _ => $"Interim evaluation recorded. Decision: **{DecisionEnglish(decision)}**.",
        };

        public override string ClosedAfterEvaluation(string purgeNotice) =>
            "The case is now closed. " + purgeNotice;

        public override string ConfirmNextDate(string day, int weeks) => $"The next evaluation is set for **{day}** (in {weeks} weeks). Is that right?";

        public override string AskOtherDate => "On which date then? For example **12 January** or **12-1**.";

        public override string DateInPast => "That date has passed. Pick a date in the future.";

        public override string NextPlanned(string day) => $"Next evaluation: **{day}**. To put it in the calendar, type **plan evaluation**.";

        public override string Stale => "Someone changed the case since this card was made. Nothing was saved; here is the current card.";

        public override string Bsn =>
            "That looks like a citizen service number (BSN). Leave it out: OzaBot stores no personal data.";

        public override string Kind(int earlier) => earlier switch
        {
            0 => "First interim evaluation",
            _ => "Interim evaluation",
        };
    }
}
