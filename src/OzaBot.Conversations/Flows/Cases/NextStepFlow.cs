using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>"Wat is de volgende stap?": the engine's advice as one short line plus the next-steps card.</summary>
public sealed class NextStepFlow : IIntentHandler, ICardActionHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.NextStep];

    public IReadOnlyCollection<string> Verbs { get; } = ["showNextSteps"];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is { } stored)
        {
            await SendAdviceAsync(turn, stored, cancellationToken);
        }
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (await CaseCardSubmit.ReadAsync(turn, submission, _ => 0, cancellationToken) is var (stored, _, _))
        {
            var card = turn.Card("next-steps", CaseCardData.NextSteps(stored, turn.Catalogue, turn.Dates, turn.NextSteps.Advise(stored.Case, turn.Services.Time)));
            await CaseCardSubmit.ShowToPresserAsync(turn, submission, card, cancellationToken);
        }
    }

    /// <param name="lead">A sentence the advice follows in the same message (a new case's confirmation), or null.</param>
    public static async Task SendAdviceAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var opening = lead is null ? "" : lead + "\n\n";
        var advice = turn.NextSteps.Advise(stored.Case, turn.Services.Time);
        if (advice.Count == 0)
        {
            await turn.SendAsync(opening + CaseFlowTexts.In(turn.Language).NothingToDo, cancellationToken);
            return;
        }

        var first = advice[0];
        var texts = GuidanceTexts.In(turn.Language);
        var when = first.When is { } at ? $", {texts.Before} {turn.Dates.Date(at)}" : "";
        var line = $"{opening}{CaseFlowTexts.In(turn.Language).NextStepIntro(stored.Code)} **{first.What}** — {texts.Who}: {texts.RoleName(first.Who)}{when}.";
        await turn.SendTextWithCardAsync(line, "next-steps", CaseCardData.NextSteps(stored, turn.Catalogue, turn.Dates, advice), cancellationToken);

        // Stagnation is the procesafspraken' reason to go to the Regionale Actietafel: propose it right away.
        if (first.Kind == AdviceKind.Stagnation)
        {
            await Escalation.EscalationFlow.ProposeAsync(turn, stored, cancellationToken);
        }
    }
}
