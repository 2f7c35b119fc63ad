using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// Keeps the conversation reference of every conversation OzaBot talks in current for the reminder job: refreshed
/// on every turn (written only when something changed, so a turn costs no extra write), removed when the bot is
/// uninstalled or removed from the conversation.
/// </summary>
public sealed class ReminderSubscriptions(ConversationReferences references)
{
    public async Task RefreshAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var current = ConversationReference.From(turn.Activity, turn.TenantId, turn.IsPersonal, turn.Data.Language, turn.Data.RemindersOff);
        if (current is not null && current != turn.Data.Reference)
        {
            await references.SaveAsync(current, cancellationToken);
            turn.Data.Reference = current;
        }
    }

    /// <summary>After (re)installation: publish again even if nothing seems changed, which clears a "removed" mark the job set.</summary>
    public Task RenewAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Data.Reference = null;
        return RefreshAsync(turn, cancellationToken);
    }

    public async Task ForgetAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await references.DeleteAsync(turn.ConversationId, cancellationToken);
        turn.Data.Reference = null;
    }

    /// <summary>"herinneringen uit/aan": stores the choice and confirms it.</summary>
    public async Task ChooseAsync(OzaTurn turn, bool off, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Data.RemindersOff = off;
        await RefreshAsync(turn, cancellationToken);
        await turn.SendAsync(ReminderTexts.Chosen(turn.IsEnglish, off), cancellationToken);
    }
}
