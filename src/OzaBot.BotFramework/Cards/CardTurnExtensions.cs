using System.Text.Json.Nodes;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// The three card moves of a turn (Universal Actions): send a card, answer the clicking user's invoke
/// with the new card, and replace the shared message so everyone else sees it too.
/// </summary>
public static class CardTurnExtensions
{
    /// <summary>
    /// Sends the card, with <paramref name="text"/> above it in the same message when given (one answer, one
    /// message); keep the returned id — it is the only id a later update may use.
    /// </summary>
    public static Task<ResourceResponse> SendCardAsync(
        this ITurnContext turnContext, JsonObject card, CardRefresh? refresh = null, string? summary = null, string? text = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = CardMessage.Create(card, refresh, summary);
        message.Text = text;
        return turnContext.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>Answers an <c>adaptiveCard/action</c> invoke with <paramref name="card"/> for the user who clicked.</summary>
    public static void RespondWithCard(this ITurnContext turnContext, JsonObject card, CardRefresh? refresh = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.InvokeResponse = CardMessage.CardResponse(card, refresh);
    }

    /// <summary>Answers an invoke with an error body (HTTP 200, <c>statusCode</c> in the body).</summary>
    public static void RespondWithError(this ITurnContext turnContext, int statusCode, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.InvokeResponse = CardMessage.ErrorResponse(statusCode, code, message);
    }

    /// <summary>
    /// Replaces the bot's card message <paramref name="messageId"/> (the id from <see cref="SendCardAsync"/>,
    /// not the invoke's replyToId) for everyone. Do not call it for an automatic refresh: that loops.
    /// </summary>
    public static Task<ResourceResponse> UpdateCardAsync(
        this ITurnContext turnContext, string messageId, JsonObject card, CardRefresh? refresh = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var activity = CardMessage.Create(card, refresh);
        activity.Id = messageId;
        return turnContext.UpdateActivityAsync(activity, cancellationToken);
    }
}
