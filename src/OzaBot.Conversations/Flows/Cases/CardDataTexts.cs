using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// The words the case cards' data carries (fact titles, statuses, the plan's status line, track names), one
/// catalogue per language: every text is abstract here, so a language without it does not compile.
/// </summary>
public abstract class CardDataTexts
{
    public static CardDataTexts In(Language language) => language == Language.English ? EnglishTexts.Instance : DutchTexts.Instance;

    public abstract Language Language { get; }

    public abstract string Why { get; }

    public abstract string Source { get; }

    public abstract string Who { get; }

    public abstract string When { get; }

    public abstract string NotChosen { get; }

    public abstract string NotAppointed { get; }

    public abstract string NextEvaluation { get; }

    public abstract string By(string date);

    public abstract string ClosedOn(string date);

    public abstract string ActionStatus(bool done, bool overdue);

    public abstract string Progress(int done, int total);

    public abstract string Evaluation(EvaluationDecision decision);

    public abstract string PlanAgreed(JointPlan plan, string agreedAt, string from, string until);

    public abstract string PlanReopened { get; }

    public abstract string PlanNotAgreed { get; }

    public abstract string TrackName(Track track);

    private sealed class DutchTexts : CardDataTexts
    {
        public static readonly DutchTexts Instance = new();

        public override Language Language => Language.Dutch;

        public override string Why => "Waarom";

        public override string Source => "Bron";

        public override string Who => "Wie";

        public override string When => "Wanneer";

        public override string NotChosen => "nog niet gekozen";

        public override string NotAppointed => "nog niet benoemd";

        public override string NextEvaluation => "volgende evaluatie";

        public override string PlanReopened => "heropend na evaluatie: stel een nieuwe versie vast";

        public override string PlanNotAgreed => "nog niet vastgesteld";

        public override string By(string date) => "vóór " + date;

        public override string ClosedOn(string date) => $"Gesloten op {date}: alleen nog te bekijken.";

        public override string ActionStatus(bool done, bool overdue) => done ? "Klaar" : overdue ? "Verlopen" : "Open";

        public override string Progress(int done, int total) => $"{done} van {total} afgerond";

        public override string Evaluation(EvaluationDecision decision) => "evaluatie: " + decision.ToString().ToLowerInvariant();

        public override string PlanAgreed(JointPlan plan, string agreedAt, string from, string until) =>
            $"versie {plan.Version}, vastgesteld {agreedAt}; akkoord van {AgreedBy(plan.Content.AgreedBy)}; periode {from} t/m {until}; evaluatie elke {plan.Content.EvaluationEveryWeeks} weken"
            + (plan.Content.ReturnToSchool ? "; werkt toe naar onderwijs" : "");

        public override string TrackName(Track track) => track switch
        {
            Track.OzaIndividueel => "OZA individueel (NJi 5 stappen)",
            Track.OzaGroep => "OZA groep (NJi 5 stappen)",
            Track.ZioSchool => "ZiO school (3 fases, 6 stappen)",
            _ => "ZiO regio (3 fases, 6 stappen)",
        };

        private static string AgreedBy(ConsentGiver giver) => giver switch
        {
            ConsentGiver.Ouders => "ouders",
            ConsentGiver.Leerling => "leerling",
            _ => "ouders en leerling",
        };
    }

    private sealed class EnglishTexts : CardDataTexts
    {
        public static readonly EnglishTexts Instance = new();

        public override Language Language => Language.English;

        public override string Why => "Why";

        public override string Source => "Source (Dutch)";

        public override string Who => "Who";

        public override string When => "When";

        public override string NotChosen => "not chosen yet";

        public override string NotAppointed => "not appointed yet";

        public override string NextEvaluation => "next evaluation";

        public override string PlanReopened => "reopened after an evaluation: agree a new version";

        public override string PlanNotAgreed => "not agreed yet";

        public override string By(string date) => "by " + date;

        public override string ClosedOn(string date) => $"Closed on {date}: can only be viewed.";

        public override string ActionStatus(bool done, bool overdue) => done ? "Done" : overdue ? "Overdue" : "Open";

        public override string Progress(int done, int total) => $"{done} of {total} done";

        public override string Evaluation(EvaluationDecision decision) => "evaluation: " + decision switch
        {
            EvaluationDecision.Doorgaan => "continue",
            EvaluationDecision.Bijstellen => "adjust",
            EvaluationDecision.Afschalen => "scale down",
            EvaluationDecision.Opschalen => "scale up",
            _ => "close",
        };

        public override string PlanAgreed(JointPlan plan, string agreedAt, string from, string until) =>
            $"version {plan.Version}, agreed {agreedAt}; agreed by {AgreedBy(plan.Content.AgreedBy)}; period {from} to {until}; evaluation every {plan.Content.EvaluationEveryWeeks} weeks"
            + (plan.Content.ReturnToSchool ? "; works towards education" : "");

        public override string TrackName(Track track) => track switch
        {
            Track.OzaIndividueel => "OZA individual (NJi 5 steps)",
            Track.OzaGroep => "OZA group (NJi 5 steps)",
            Track.ZioSchool => "ZiO school (3 phases, 6 steps)",
            _ => "ZiO region (3 phases, 6 steps)",
        };

        private static string AgreedBy(ConsentGiver giver) => giver switch
        {
            ConsentGiver.Ouders => "parents",
            ConsentGiver.Leerling => "pupil",
            _ => "parents and pupil",
        };
    }
}
