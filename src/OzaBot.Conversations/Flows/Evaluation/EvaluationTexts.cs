using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>The evaluation flow's texts, Dutch first.</summary>
internal static class EvaluationTexts
{
    public const string Help = "Een tussenevaluatie legt de voortgang vast (uitvoering, efficiëntie, doelen, aansluiting) en hoe jullie verder gaan " +
        "(doorgaan, bijstellen, afschalen of opschalen). De eindevaluatie legt de uitkomst vast (doelrealisatie, uitval, tevredenheid) en sluit het arrangement af. " +
        "Vul de kaart in of beantwoord de vragen hier.";

    public const string HelpEnglish = "An interim evaluation records progress (delivery, efficiency, goals, fit) and how you go on " +
        "(continue, adjust, scale down or scale up). The final evaluation records the outcome (goals reached, drop-out, satisfaction) and closes the arrangement. " +
        "Fill in the card or answer the questions here.";

    public static string Intro(bool english, string code, IEnumerable<EvaluationQuestion> questions) => english
        ? $"**Evaluation of case {code}**\nDiscuss together:\n{Lines(questions)}\nIs this an **interim evaluation** (the arrangement goes on) or the **final evaluation** (it stops; you record the outcome)?"
        : $"**Evaluatie van casus {code}**\nBespreek samen:\n{Lines(questions)}\nIs dit een **tussenevaluatie** (het arrangement loopt door) of de **eindevaluatie** (het stopt; jullie leggen de uitkomst vast)?";

    public static IReadOnlyList<string> KindChoices(bool english) => english ? ["Interim evaluation", "Final evaluation"] : ["Tussenevaluatie", "Eindevaluatie"];

    public static string CardOrText(bool english, bool final) => (english, final) switch
    {
        (true, false) => "Fill in the card, or answer step by step here (easy on a phone).",
        (true, true) => "**Final evaluation**: fill in the card, or answer step by step here. Saving closes the case.",
        (false, false) => "Vul de kaart in, of antwoord hier stap voor stap (handig op je telefoon).",
        _ => "**Eindevaluatie**: vul de kaart in, of antwoord hier stap voor stap. Opslaan sluit de casus.",
    };

    public static string AskRating(bool english, int number, int count, EvaluationQuestion question) => english
        ? $"({number}/{count}) **{question.Aspect}**: {question.Text}"
        : $"({number}/{count}) **{question.Aspect}**: {question.Text}";

    public static IReadOnlyList<string> RatingChoices(bool english) => english ? ["Good", "Could be better", "Worrying"] : ["Goed", "Kan beter", "Zorgelijk"];

    public static string Starting(bool english) => english ? "Starting the evaluation below." : "De evaluatie staat hieronder klaar.";

    public static string TooEarly(bool english) => english
        ? "You can evaluate once the arrangement is running (step Activeren, or ZiO phase 3). Type **what's next?** to see what comes first."
        : RefusalTexts.Dutch.Say(Refusals.EvaluationTooEarly, ProcessCatalogue.Default) + " Typ **wat nu?** om te zien wat eerst moet.";


    public static string AskGoals(bool english) => english
        ? "**Goals**: have the agreed goals been reached?"
        : "**Doelrealisatie**: zijn de afgesproken doelen gehaald?";

    public static string GoalsHelp(bool english) => english
        ? "Pick reached, partly or not reached, for the goals together (the card asks per goal)."
        : "Kies bereikt, deels of niet bereikt, voor de doelen samen (op de kaart kan het per doel).";

    public static IReadOnlyList<string> GoalChoices(bool english) => english
        ? ["Reached", "Partly reached", "Not reached"]
        : ["Bereikt", "Deels bereikt", "Niet bereikt"];

    public static string GoalsMissing(bool english) => english
        ? "Say for each goal whether it was reached, partly reached or not reached."
        : "Geef per doel aan of het bereikt, deels bereikt of niet bereikt is.";

    public static string AskUitval(bool english) => english
        ? "**Drop-out**: did the arrangement stop early (not completed as planned)?"
        : "**Uitval**: is het arrangement voortijdig gestopt (niet volgens plan afgerond)?";

    public static string AskSatisfaction(bool english) => english
        ? "**Satisfaction** of parents, pupil and school, each 1 (very dissatisfied) to 5 (very satisfied). Type three numbers, e.g. **4 3 5**; **?** for not asked, or **skip**."
        : "**Tevredenheid** van ouders, leerling en school, elk 1 (zeer ontevreden) tot 5 (zeer tevreden). Typ drie cijfers, bijvoorbeeld **4 3 5**; een **?** als het niet gevraagd is, of **overslaan**.";

    public static string SatisfactionRetry(bool english) => english
        ? "Type three scores from 1 to 5 (or ?) in the order parents, pupil, school — e.g. **4 ? 5** — or **skip**."
        : "Typ drie scores van 1 tot 5 (of ?) in de volgorde ouders, leerling, school — bijvoorbeeld **4 ? 5** — of **overslaan**.";

    public static string AskDecision(bool english, IEnumerable<VocabularyTerm> decisions) => english
        ? "**Decision**: how do you go on?\n" + string.Join('\n', decisions.Select(d => $"- {d.Name}: {d.Description}"))
        : "**Besluit**: hoe gaan jullie verder?\n" + string.Join('\n', decisions.Select(d => $"- {d.Name}: {d.Description}"));

    public static string Recorded(bool english, EvaluationDecision decision) => (english, decision) switch
    {
        (true, EvaluationDecision.Afsluiten) => "Final evaluation recorded: the arrangement has ended.",
        (true, _) => $"Interim evaluation recorded. Decision: **{DecisionEnglish(decision)}**.",
        (false, EvaluationDecision.Afsluiten) => "Eindevaluatie vastgelegd: het arrangement is afgerond.",
        _ => $"Tussenevaluatie vastgelegd. Besluit: **{decision}**.",
    };

    private static string DecisionEnglish(EvaluationDecision decision) => decision switch
    {
        EvaluationDecision.Doorgaan => "continue",
        EvaluationDecision.Bijstellen => "adjust",
        EvaluationDecision.Afschalen => "scale down",
        _ => "scale up",
    };

    public static string ClosedAfterEvaluation(bool english, string purgeNotice) => english
        ? "The case is now closed. " + purgeNotice
        : "De casus is nu afgesloten. " + purgeNotice;

    public static string ConfirmNextDate(bool english, string day, int weeks) => english
        ? $"The next evaluation is set for **{day}** (in {weeks} weeks). Is that right?"
        : $"De volgende evaluatie staat op **{day}** (over {weeks} weken). Is dat goed?";

    public static string AskOtherDate(bool english) => english
        ? "On which date then? For example **12 January** or **12-1**."
        : "Op welke datum dan? Bijvoorbeeld **12 januari** of **12-1**.";

    public static string DateInPast(bool english) => english
        ? "That date has passed. Pick a date in the future."
        : "Die datum is al voorbij. Kies een datum in de toekomst.";

    public static string NextPlanned(bool english, string day) => english
        ? $"Next evaluation: **{day}**. To put it in the calendar, type **plan evaluation**."
        : $"Volgende evaluatie: **{day}**. Zet het overleg in de agenda met **plan evaluatie**.";

    public static string Stale(bool english) => english
        ? "Someone changed the case since this card was made. Nothing was saved; here is the current card."
        : "De casus is gewijzigd sinds deze kaart is gemaakt. Er is niets opgeslagen; hier is de actuele kaart.";

    public static string Bsn(bool english) => english
        ? "That looks like a citizen service number (BSN). Leave it out: OzaBot stores no personal data."
        : RefusalTexts.Dutch.Say(Refusals.Bsn, ProcessCatalogue.Default);

    public const string RecordedTitle = "Evaluatie vastgelegd";

    public const string RecordedTitleEnglish = "Evaluation recorded";

    public static string Kind(bool english, int earlier) => (english, earlier) switch
    {
        (true, 0) => "First interim evaluation",
        (true, _) => "Interim evaluation",
        (false, 0) => "Eerste tussenevaluatie",
        _ => "Tussenevaluatie",
    };

    public const string AllGoals = "De afgesproken doelen";

    private static string Lines(IEnumerable<EvaluationQuestion> questions) =>
        string.Join('\n', questions.Select(q => $"- {q.Aspect}: {q.Text}"));
}
