using OzaBot.Domain.Cases;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

/// <summary>
/// Keeps the plan card current for everyone: the id of the plan card sent in each conversation is kept
/// with the case, and after any change <see cref="RefreshAsync"/> replaces that message (PUT), with a
/// <c>refresh</c> block so a card opened later shows the current state too.
/// </summary>
public static class PlanCards
{
    public const string RefreshVerb = "refreshCard";

    /// <summary>Sends a new plan card to this conversation and remembers its id.</summary>
    public static Task SendAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var message = CardMessage.Create(Build(turn, stored), Refresh(stored));

        // Sends are held until the turn's state is saved, so the channel's id for this message is only
        // known when it really goes out: remember it then (an inner send hook sees the real response).
        turn.Context.OnSendActivities(async (_, activities, next) =>
        {
            var responses = await next();
            var index = activities.ToList().IndexOf(message);
            if (index >= 0 && index < responses.Length && responses[index].Id is { } id
                && !(stored.Meta.PlanCards.TryGetValue(turn.ConversationId, out var known) && known == id))
            {
                await turn.Services.Cases.UpdateAsync(stored, s => Remember(s, turn.ConversationId, id), CancellationToken.None);
            }

            return responses;
        });
        return turn.Context.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>After a change: replaces the plan card in this conversation (if one was sent) so everyone sees the change.</summary>
    public static async Task RefreshAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Meta.PlanCards.TryGetValue(turn.ConversationId, out var activityId))
        {
            await turn.Context.UpdateCardAsync(activityId, Build(turn, stored), Refresh(stored), cancellationToken);
        }
    }

    public static System.Text.Json.Nodes.JsonObject Build(OzaTurn turn, StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);

        // Initials only in a 1:1 chat with someone who is part of the case.
        var showInitials = turn.IsPersonal && stored.Case.Involves(turn.UserId);
        return turn.Card("plan", CaseCardData.Plan(stored, turn.Catalogue, turn.Dates, turn.Services.Time.GetUtcNow(), showInitials));
    }

    private static CardRefresh Refresh(StoredCase stored) =>
        new(new System.Text.Json.Nodes.JsonObject { ["caseCode"] = stored.Code, ["card"] = "plan" }, []);

    private static Domain.Cases.DomainResult Remember(StoredCase stored, string conversationId, string activityId)
    {
        stored.Meta.PlanCards[conversationId] = activityId;
        return Domain.Cases.DomainResult.Ok;
    }
}
