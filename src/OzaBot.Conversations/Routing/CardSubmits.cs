using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Routing;

/// <summary>
/// Answers a card button the way its channel expects: an Action.Execute invoke gets the card (or an
/// error) in the HTTP response, its Action.Submit fallback gets ordinary messages.
/// </summary>
public static class CardSubmits
{
    /// <summary>The case the button names, after the access check; answers "niet gevonden" otherwise.</summary>
    public static async Task<StoredCase?> RequireCaseAsync(this OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var code = CaseCodes.Find(submission.Data["caseCode"]?.ToString());
        var stored = code is null ? null : await turn.Services.Cases.GetAsync(turn.CaseKey(code), cancellationToken);
        if (stored is not null && CaseAccess.MayAccess(turn, stored))
        {
            return stored;
        }

        await turn.AnswerAsync(submission, null, CaseAccessTexts.NotFound(turn.IsEnglish, code ?? "?"), cancellationToken);
        return null;
    }

    /// <summary>
    /// Invoke: <paramref name="card"/> in the response (or, without a card, <paramref name="text"/> as a
    /// 400 error); the text also goes to the chat when there is a card. Submit: the card and text as messages.
    /// </summary>
    public static async Task AnswerAsync(this OzaTurn turn, CardSubmission submission, JsonObject? card, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.IsInvoke)
        {
            if (card is null)
            {
                turn.Context.RespondWithError(400, "BadRequest", text ?? string.Empty);
                return;
            }

            turn.Context.RespondWithCard(card);
        }
        else if (card is not null)
        {
            await turn.Context.SendCardAsync(card, cancellationToken: cancellationToken);
        }

        if (text is not null)
        {
            await turn.SendAsync(text, cancellationToken);
        }
    }
}
