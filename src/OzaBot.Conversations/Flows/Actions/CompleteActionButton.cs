using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>
/// The card verb <c>completeAction</c> with data <c>{caseCode, actionId, revision}</c> (e.g. a "Klaar" button
/// per open action on the plan card): marks the action done, unless the card was built from an older
/// revision of the case — then nothing is applied (Universal Actions recipe).
/// </summary>
internal sealed class CompleteActionButton : ICardActionHandler
{
    public const string Verb = "completeAction";

    public IReadOnlyCollection<string> Verbs { get; } = [Verb];

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var reader = turn.Reader(submission.Data);
        var code = reader.Required("caseCode", 32);
        var actionId = reader.Required("actionId", 16);
        var revision = reader.WholeNumber("revision", 0, int.MaxValue);
        if (!reader.IsValid)
        {
            await AnswerAsync(turn, submission, reader.ErrorMessage, cancellationToken);
            return;
        }

        if (await turn.RequireCaseAsync(code, cancellationToken) is not { } stored)
        {
            Answer(turn, submission, CaseAccessTexts.NotFound(turn.Language, code!));
            return;
        }

        var index = stored.Case.Actions.ToList().FindIndex(a => a.Id == actionId);
        if (stored.Case.CheckRevision(revision!.Value) is { IsRefused: true } stale)
        {
            await AnswerAsync(turn, submission, turn.Say(stale.Reason!), cancellationToken);
        }
        else if (index < 0)
        {
            await AnswerAsync(turn, submission, turn.Say(Refusals.NotFound), cancellationToken);
        }
        else if (await turn.ChangeCaseAsync(stored, (c, actor) => c.CompleteAction(actionId!, actor), cancellationToken) is { } updated)
        {
            await PlanCards.RefreshAsync(turn, updated, cancellationToken);
            await AnswerAsync(turn, submission, ActionTexts.In(turn.Language).Completed(index + 1, stored.Case.Actions[index].Description), cancellationToken);
        }
        else
        {
            Answer(turn, submission, ActionTexts.In(turn.Language).NotSaved);
        }
    }

    /// <summary>An Action.Execute gets a short transient answer; an Action.Submit a message in the chat.</summary>
    private static async Task AnswerAsync(OzaTurn turn, CardSubmission submission, string text, CancellationToken cancellationToken)
    {
        if (submission.IsInvoke)
        {
            Answer(turn, submission, text);
        }
        else
        {
            await turn.SendAsync(text, cancellationToken);
        }
    }

    /// <summary>For an invoke whose reason was already sent as a message: only the invoke answer is still owed.</summary>
    private static void Answer(OzaTurn turn, CardSubmission submission, string text)
    {
        if (submission.IsInvoke)
        {
            turn.Context.InvokeResponse = CardMessage.TextResponse(text);
        }
    }
}
