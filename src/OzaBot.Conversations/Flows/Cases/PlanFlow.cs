using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Flows.Evaluation;
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
            await turn.SendAsync(CaseFlowTexts.In(turn.Language).PlanIntro(stored.Code), cancellationToken);
            await PlanCards.SendAsync(turn, stored, cancellationToken);
        }
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (await CaseCardSubmit.ReadAsync(turn, submission, _ => 0, cancellationToken) is not var (stored, _, _))
        {
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
