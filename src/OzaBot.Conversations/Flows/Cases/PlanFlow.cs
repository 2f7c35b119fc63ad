using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>"Toon plan": the één-plan card, kept current for everyone (see <see cref="PlanCards"/>); also answers its refresh.</summary>
public sealed class PlanFlow : IIntentHandler, ICardActionHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.ShowPlan];

    public IReadOnlyCollection<string> Verbs { get; } = ["showPlan", PlanCards.RefreshVerb];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is { } stored)
        {
            await turn.SendAsync(CaseFlowTexts.PlanIntro(turn.IsEnglish, stored.Code), cancellationToken);
            await PlanCards.SendAsync(turn, stored, cancellationToken);
        }
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var code = CaseCodes.Find(submission.Data["caseCode"]?.ToString());
        var stored = code is null ? null : await turn.Services.Cases.GetAsync(code, cancellationToken);
        if (stored is null || !CaseAccess.MayAccess(turn, stored))
        {
            if (submission.IsInvoke)
            {
                turn.Context.RespondWithError(404, "NotFound", CaseAccessTexts.NotFound(turn.IsEnglish, code ?? "?"));
            }
            else
            {
                await turn.SendAsync(CaseAccessTexts.NotFound(turn.IsEnglish, code ?? "?"), cancellationToken);
            }

            return;
        }

        // A refresh (automatic or manual) answers only the person whose client asked: updating the
        // shared message from here would trigger refreshes in a loop.
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithCard(PlanCards.Build(turn, stored));
        }
        else
        {
            await PlanCards.SendAsync(turn, stored, cancellationToken);
        }
    }
}
