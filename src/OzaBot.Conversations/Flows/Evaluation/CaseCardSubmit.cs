using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// The common start of a button press on a case card: read the untrusted payload (case code, revision and
/// the card's own fields), refuse a malformed one, and find the case through the access check.
/// </summary>
internal static class CaseCardSubmit
{
    public const int MaxCodeLength = 20;

    /// <summary>The parsed fields and the case, or null after answering the user (malformed, or "niet gevonden").</summary>
    public static async Task<(StoredCase Case, int Revision, T Fields)?> ReadAsync<T>(
        OzaTurn turn, CardSubmission submission, Func<SubmitReader, T> readFields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var reader = turn.Reader(submission.Data);
        var code = reader.Required("caseCode", MaxCodeLength);
        var revision = reader.WholeNumber("revision", 0, int.MaxValue);
        var fields = readFields(reader);
        reader.RejectUnread();
        if (!reader.IsValid || code is null || revision is null)
        {
            await RefuseAsync(turn, submission, reader.ErrorMessage, cancellationToken);
            return null;
        }

        var stored = await turn.RequireCaseAsync(code, cancellationToken);
        if (stored is null)
        {
            if (submission.IsInvoke)
            {
                turn.Context.RespondWithError(404, "NotFound", CaseAccessTexts.NotFound(turn.Language, code));
            }

            return null;
        }

        return (stored, revision.Value, fields);
    }

    /// <summary>
    /// A card button that opens another card (the plan card's "Plan vaststellen", "Financiering"): the clicking
    /// user's invoke is acknowledged with <paramref name="acknowledgement"/>, then <paramref name="show"/> posts it.
    /// </summary>
    public static async Task OpenAsync(OzaTurn turn, CardSubmission submission, string acknowledgement, Func<OzaTurn, StoredCase, CancellationToken, Task> show, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(show);
        if (await ReadAsync(turn, submission, _ => 0, cancellationToken) is var (stored, _, _))
        {
            if (submission.IsInvoke)
            {
                turn.Context.InvokeResponse = CardMessage.TextResponse(acknowledgement);
            }

            await show(turn, stored, cancellationToken);
        }
    }

    /// <summary>A card for the person who pressed (a refresh, "toon volgende stappen"): the invoke answer, or a message for Action.Submit.</summary>
    public static async Task ShowToPresserAsync(OzaTurn turn, CardSubmission submission, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithCard(card);
        }
        else
        {
            await turn.Context.SendCardAsync(card, cancellationToken: cancellationToken);
        }
    }

    /// <summary>A malformed or refused press: an error body for Action.Execute, a reply for Action.Submit.</summary>
    public static async Task RefuseAsync(OzaTurn turn, CardSubmission submission, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithError(400, "BadRequest", message);
        }
        else
        {
            await turn.SendAsync(message, cancellationToken);
        }
    }

    /// <summary>
    /// Shows <paramref name="card"/> as the result of a press: the invoke answer for the clicking user and a
    /// PUT of the card's message for everyone else. The message id is the press's <c>replyToId</c>: sends are
    /// held until state is saved, so a sent card's id is not known during its own turn (docs/state.md).
    /// </summary>
    public static async Task ShowResultAsync(OzaTurn turn, CardSubmission submission, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var sharedMessageId = turn.Activity.ReplyToId;
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithCard(card);
        }

        if (sharedMessageId is not null)
        {
            await turn.Context.UpdateCardAsync(sharedMessageId, card, cancellationToken: cancellationToken);
        }
        else if (!submission.IsInvoke)
        {
            await turn.Context.SendCardAsync(card, cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// A stale press: apply nothing and show the current card with the notice to the person who clicked only — in
    /// the invoke response, not in the chat, so twenty clicks at once do not fill a group chat with nineteen notices.
    /// </summary>
    public static async Task ShowCurrentAsync(OzaTurn turn, CardSubmission submission, string notice, JsonObject current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(current);
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithCard(WithNotice(current, notice));
            return;
        }

        await turn.SendAsync(notice, cancellationToken);
        await turn.Context.SendCardAsync(current, cancellationToken: cancellationToken);
    }

    /// <summary>The card with the notice on top, in the attention colour.</summary>
    private static JsonObject WithNotice(JsonObject card, string notice)
    {
        var copy = card.DeepClone().AsObject();
        var body = copy["body"] as JsonArray ?? [];
        body.Insert(0, new JsonObject { ["type"] = "TextBlock", ["text"] = notice, ["wrap"] = true, ["color"] = "Attention", ["weight"] = "Bolder" });
        copy["body"] = body;
        return copy;
    }

    /// <summary>The domain refused the change and the reason is already in the chat: an invoke still needs an answer.</summary>
    public static void RefuseInvoke(OzaTurn turn, CardSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.IsInvoke)
        {
            turn.Context.RespondWithError(400, "Refused", Cases.CaseFlowTexts.In(turn.Language).NotSavedSeeChat);
        }
    }
}
