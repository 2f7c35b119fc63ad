using OzaBot.BotFramework.Cards;
using DateTimePrompt = OzaBot.BotFramework.Dialogs.Prompts.DateTimePrompt;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
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
            await CaseCardSubmit.OpenAsync(turn, submission, JointPlanTexts.FormComing, OfferFormAsync, cancellationToken);
            return;
        }

        var read = await CaseCardSubmit.ReadAsync(turn, submission, r => JointPlanCard.Read(r, DateTimePrompt.Amsterdam), cancellationToken);
        if (read is not var (stored, revision, draft) || draft is null)
        {
            return;
        }

        if (revision != stored.Case.Revision)
        {
            var form = turn.Card(JointPlanCard.Template, JointPlanCard.Data(stored, turn.Catalogue, turn.Services.Time.GetUtcNow()));
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, CaseFlowTexts.StaleCard(turn.IsEnglish), form, cancellationToken);
            return;
        }

        if (await turn.ChangeCaseAsync(stored, (c, actor) => c.AgreeJointPlan(draft, actor), cancellationToken) is not { } agreed)
        {
            CaseCardSubmit.RefuseInvoke(turn, submission);
            return;
        }

        if (submission.IsInvoke)
        {
            turn.Context.InvokeResponse = CardMessage.TextResponse(JointPlanTexts.Agreed(agreed.Case.JointPlan!.Version));
        }

        var version = agreed.Case.JointPlan!.Version;
        var evaluation = DutchDates.Date(agreed.Case.NextEvaluationAt!.Value);
        await turn.SendAsync(version == 1 ? JointPlanTexts.AgreedNext(agreed.Code, evaluation) : JointPlanTexts.Revised(agreed.Code, version, evaluation), cancellationToken);
        await PlanCards.SendAsync(turn, agreed, cancellationToken);
    }

    private static async Task OfferFormAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        if (stored.Case.CanAgreeJointPlan() is { IsRefused: true } notYet)
        {
            await turn.SendAsync(JointPlanTexts.NotYet(notYet.Reason!), cancellationToken);
            return;
        }

        await turn.SendAsync(stored.Case.PlanVersions.Count == 0 ? JointPlanTexts.Intro : JointPlanTexts.RevisionIntro(stored.Case.PlanVersions.Count + 1), cancellationToken);
        await turn.SendCardAsync(JointPlanCard.Template, JointPlanCard.Data(stored, turn.Catalogue, turn.Services.Time.GetUtcNow()), cancellationToken);
    }
}

internal static class JointPlanTexts
{
    public const string Intro =
        "Vul samen het gezamenlijk plan in (procesafspraken: Gezamenlijk plan). Ouders en leerling zijn mede-eigenaar: " +
        "leg hun kijk en hun akkoord vast. Daarna staat de eerste evaluatie vast en kan de casus naar Arrangeren.";

    public const string FormComing = "Het formulier voor het gezamenlijk plan staat hieronder.";

    public static string Agreed(int version) => $"Gezamenlijk plan vastgesteld (versie {version}).";

    public static string RevisionIntro(int version) =>
        $"Pas het gezamenlijk plan aan; opslaan maakt er versie {version} van. De vorige versie blijft bewaard. " +
        "Leg opnieuw vast wie akkoord gaf: ouders en leerling zijn mede-eigenaar.";

    public static string AgreedNext(string code, string firstEvaluation) =>
        $"✓ Gezamenlijk plan van {code} vastgesteld (versie 1). Eerste evaluatie: {firstEvaluation}. " +
        "Volgende stap: leg de financiering vast (**financiering vastleggen**) en rond de checklist af (**klaar met deze stap**).";

    public static string Revised(string code, int version, string nextEvaluation) =>
        $"✓ Gezamenlijk plan van {code} bijgewerkt (versie {version}). Volgende evaluatie: {nextEvaluation}.";

    public static string NotYet(string reason) => reason == CaseTexts.NoProcesregisseur
        ? reason + " Typ bijvoorbeeld **voeg @collega toe als procesregisseur** of **partner toevoegen**."
        : reason;
}
