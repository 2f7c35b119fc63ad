using OzaBot.Domain.Reminders;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// One look for due reminders (the host runs it under the scheduler lease): nothing outside school days and
/// sending hours; otherwise every due reminder goes once to every conversation of its case that has a current
/// reference, has not turned reminders off and still has the bot.
/// </summary>
public sealed class ReminderPass(ReminderPlanner planner, SchoolCalendar calendar, ConversationReferences references, ReminderDelivery delivery, TimeProvider time)
{
    /// <returns>The kinds of the reminders this pass sent, one entry per message.</returns>
    public async Task<IReadOnlyList<ReminderKind>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!calendar.MaySendAt(now))
        {
            return [];
        }

        var sent = new List<ReminderKind>();
        foreach (var reminder in await planner.DueAsync(now, cancellationToken))
        {
            foreach (var conversationId in reminder.Stored.Meta.ConversationIds.Distinct(StringComparer.Ordinal))
            {
                if (await references.FindAsync(conversationId, cancellationToken) is { Removed: false, RemindersOff: false } reference &&
                    reference.TenantId == reminder.Key.Case.TenantId &&
                    await delivery.SendOnceAsync(reminder, reference, now, cancellationToken) == ReminderState.Sent)
                {
                    sent.Add(reminder.Key.Kind);
                }
            }
        }

        return sent;
    }
}
