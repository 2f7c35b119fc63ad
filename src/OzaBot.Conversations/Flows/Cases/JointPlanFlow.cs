using OzaBot.BotFramework.Cards;
using DateTimePrompt = OzaBot.BotFramework.Dialogs.Prompts.DateTimePrompt;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// "plan vaststellen" / "plan wijzigen" (or the plan card's button): checks that the plan can be agreed now and says
/// what to do first if not, then shows the <c>plan-agree</c> form prefilled with the last version; its submit agrees
/// the plan (version 1, or a new version when it is revised or reopened by an evaluation), sets the next evaluation
/// and posts the updated plan card.
/// </summary>
internal sealed class JointPlanFlow : IIntentHandler, ICardActionHandler
{
    public const string OpenVerb = "openPlanForm";
    public const string AgreeVerb = "agreePlan";

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.AgreePlan];

    public IReadOnlyCollection<string> Verbs { get; } = [OpenVerb, AgreeVerb];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is { } stored)
        {
            await OfferFormAsync(turn, stored, cancellationToken);
        }
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Verb == OpenVerb)
        {
            await CaseCardSubmit.OpenAsync(turn, submission, JointPlanTexts.In(turn.Language).FormComing, OfferFormAsync, cancellationToken);
            return;
        }

        var read = await CaseCardSubmit.ReadAsync(turn, submission, r => JointPlanCard.Read(r, turn.Services.Region.Zone), cancellationToken);
        if (read is not var (stored, revision, draft) || draft is null)
        {
            return;
        }

        if (revision != stored.Case.Revision)
        {
            var form = turn.Card(JointPlanCard.Template, JointPlanCard.Data(stored, turn.Catalogue, turn.Services.Time.GetUtcNow()));
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, CaseFlowTexts.In(turn.Language).StaleCard, form, cancellationToken);
            return;
        }

        if (await turn.ChangeCaseAsync(stored, (c, actor) => c.AgreeJointPlan(draft, actor), cancellationToken) is not { } agreed)
        {
            CaseCardSubmit.RefuseInvoke(turn, submission);
            return;
        }

        if (submission.IsInvoke)
        {
            turn.Context.InvokeResponse = CardMessage.TextResponse(JointPlanTexts.In(turn.Language).Agreed(agreed.Case.JointPlan!.Version));
        }

        var version = agreed.Case.JointPlan!.Version;
        var evaluation = turn.Dates.Date(agreed.Case.NextEvaluationAt!.Value);
        var texts = JointPlanTexts.In(turn.Language);
        await turn.SendAsync(version == 1 ? texts.AgreedNext(agreed.Code, evaluation) : texts.Revised(agreed.Code, version, evaluation), cancellationToken);
        await PlanCards.SendAsync(turn, agreed, cancellationToken);
    }

    private static async Task OfferFormAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        if (stored.Case.CanAgreeJointPlan() is { IsRefused: true } notYet)
        {
            await turn.SendAsync(JointPlanTexts.NotYet(turn, notYet.Reason!), cancellationToken);
            return;
        }

        await turn.SendAsync(stored.Case.PlanVersions.Count == 0 ? JointPlanTexts.In(turn.Language).Intro : JointPlanTexts.In(turn.Language).RevisionIntro(stored.Case.PlanVersions.Count + 1), cancellationToken);
        await turn.SendCardAsync(JointPlanCard.Template, JointPlanCard.Data(stored, turn.Catalogue, turn.Services.Time.GetUtcNow()), cancellationToken);
    }
}

/// <summary>What the joint-plan flow says, one catalogue per language.</summary>
internal abstract class JointPlanTexts
{
    public static JointPlanTexts Dutch { get; } = new DutchTexts();

    public static JointPlanTexts In(Language language) => language == Language.English ? EnglishTexts.Instance : Dutch;

    public abstract string Intro { get; }

    public abstract string FormComing { get; }

    /// <summary>After the refusal "appoint a procesregisseur first": how to do it.</summary>
    public abstract string HowToAppoint { get; }

    public abstract string Agreed(int version);

    public abstract string RevisionIntro(int version);

    public abstract string AgreedNext(string code, string firstEvaluation);

    public abstract string Revised(string code, int version, string nextEvaluation);

    public static string NotYet(OzaTurn turn, Refusal reason) =>
        reason == Refusals.NoProcesregisseur ? turn.Say(reason) + " " + In(turn.Language).HowToAppoint : turn.Say(reason);

    private sealed class DutchTexts : JointPlanTexts
    {
        public override string Intro =>
            "Vul samen het gezamenlijk plan in (procesafspraken: Gezamenlijk plan). Ouders en leerling zijn mede-eigenaar: " +
            "leg hun kijk en hun akkoord vast. Daarna staat de eerste evaluatie vast en kan de casus naar Arrangeren.";

        public override string FormComing => "Het formulier voor het gezamenlijk plan staat hieronder.";

        public override string HowToAppoint => "Typ bijvoorbeeld **voeg @collega toe als procesregisseur** of **partner toevoegen**.";

        public override string Agreed(int version) => $"Gezamenlijk plan vastgesteld (versie {version}).";

        public override string RevisionIntro(int version) =>
            $"Pas het gezamenlijk plan aan; opslaan maakt er versie {version} van. De vorige versie blijft bewaard. " +
            "Leg opnieuw vast wie akkoord gaf: ouders en leerling zijn mede-eigenaar.";

        public override string AgreedNext(string code, string firstEvaluation) =>
            $"✓ Gezamenlijk plan van {code} vastgesteld (versie 1). Eerste evaluatie: {firstEvaluation}. " +
            "Volgende stap: leg de financiering vast (**financiering vastleggen**) en rond de checklist af (**klaar met deze stap**).";

        public override string Revised(string code, int version, string nextEvaluation) =>
            $"✓ Gezamenlijk plan van {code} bijgewerkt (versie {version}). Volgende evaluatie: {nextEvaluation}.";
    }

    private sealed class EnglishTexts : JointPlanTexts
    {
        public static readonly EnglishTexts Instance = new();

        public override string Intro =>
            "Fill in the joint plan together (process agreements: joint plan). Parents and pupil co-own it: " +
            "record their view and their agreement. Then the first evaluation is set and the case can move on to Arrange.";

        public override string FormComing => "The form for the joint plan is below.";

        public override string HowToAppoint => "Type for example **add @colleague as procesregisseur** or **add partner**.";

        public override string Agreed(int version) => $"Joint plan agreed (version {version}).";

        public override string RevisionIntro(int version) =>
            $"Change the joint plan; saving makes it version {version}. The previous version is kept. " +
            "Record again who agreed: parents and pupil co-own the plan.";

        public override string AgreedNext(string code, string firstEvaluation) =>
            $"✓ Joint plan of {code} agreed (version 1). First evaluation: {firstEvaluation}. " +
            "Next: record the funding (**record funding**) and finish the checklist (**done with this step**).";

        public override string Revised(string code, int version, string nextEvaluation) =>
            $"✓ Joint plan of {code} updated (version {version}). Next evaluation: {nextEvaluation}.";
    }
}
