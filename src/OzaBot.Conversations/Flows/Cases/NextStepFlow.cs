using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
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
        var stored = await turn.RequireCaseAsync(CaseCodes.Find(submission.Data["caseCode"]?.ToString()), cancellationToken);
        if (stored is null)
        {
            if (submission.IsInvoke)
            {
                turn.Context.RespondWithError(404, "NotFound", CaseAccessTexts.NotFound(turn.IsEnglish, "?"));
            }

            return;
        }

        var card = turn.Card("next-steps", CaseCardData.NextSteps(stored, turn.Services.Catalogue, turn.Services.NextSteps.Advise(stored.Case, turn.Services.Time)));
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithCard(card);
        }
        else
        {
            await turn.Context.SendCardAsync(card, cancellationToken: cancellationToken);
        }
    }

    public static async Task SendAdviceAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var advice = turn.Services.NextSteps.Advise(stored.Case, turn.Services.Time);
        if (advice.Count == 0)
        {
            await turn.SendAsync(CaseFlowTexts.NothingToDo(turn.IsEnglish), cancellationToken);
            return;
        }

        var first = advice[0];
        var when = first.When is { } at ? DutchDates.Date(at) : "zo snel mogelijk";
        await turn.SendAsync($"{CaseFlowTexts.NextStepIntro(turn.IsEnglish, stored.Code)} **{first.What}** — wie: {CaseTexts.RoleName(first.Who)}, wanneer: {when}.", cancellationToken);
        await turn.SendCardAsync("next-steps", CaseCardData.NextSteps(stored, turn.Services.Catalogue, advice), cancellationToken);
    }
}
