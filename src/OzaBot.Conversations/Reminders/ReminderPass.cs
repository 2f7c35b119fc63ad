using OzaBot.Domain.Reminders;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// One look for due reminders (the host runs it under the scheduler lease): nothing outside school days and
/// sending hours; otherwise every due reminder goes once to every conversation of its case, and every conversation
/// with open cases gets its weekly overview once a week — each only where the reference is current, reminders are
/// on and the bot is still there. A reminder none of its case's conversations can receive any more (the bot was
/// removed or uninstalled there) goes to the 1:1 chat of the case's owner instead, so the process does not stall
/// unseen; a conversation that turned reminders off is not overruled so.
/// </summary>
public sealed class ReminderPass(
    ReminderPlanner planner, OverviewPlanner overviews, SchoolCalendar calendar, ConversationReferences references, PersonalChats personalChats,
    ReminderMessages messages, OverviewMessages overviewMessages, ReminderDelivery delivery, TimeProvider time)
{
    // The open cases are read for the weekly overviews once per clock hour, not at every tick (each read loads every
    // open case): an overview arrives within the hour after its time (Reminders:OverviewAt, 08:00).
    private long _lastOverviewHour = -1;

    /// <returns>The kinds of the reminders this pass sent, one entry per message (<see cref="ReminderKind.WeeklyOverview"/> for an overview).</returns>
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
            foreach (var reference in await RecipientsAsync(reminder, cancellationToken))
            {
                if (await delivery.SendOnceAsync(reminder.Key.StorageKey(reference.ConversationId), () => messages.Compose(reminder, reference), reference, now, cancellationToken) == ReminderState.Sent)
                {
                    sent.Add(reminder.Key.Kind);
                }
            }
        }

        var hour = now.ToUnixTimeSeconds() / 3600;
        if (hour != _lastOverviewHour)
        {
            _lastOverviewHour = hour;
            foreach (var (conversationId, cases) in await overviews.OpenCasesByConversationAsync(cancellationToken))
            {
                if (await WantedAsync(conversationId, cases[0].Key.TenantId, cancellationToken) is { } reference &&
                    calendar.OverviewWeek(now, reference.OverviewDay) is { } week &&
                    await delivery.SendOnceAsync(ReminderKey.OverviewStorageKey(reference.TenantId, conversationId, week), () => overviewMessages.Compose(cases, reference, now), reference, now, cancellationToken) == ReminderState.Sent)
                {
                    sent.Add(ReminderKind.WeeklyOverview);
                }
            }
        }

        return sent;
    }

    /// <summary>The conversations of the case that may get the reminder; if none can and none said no, the owner's 1:1 chat.</summary>
    private async Task<IReadOnlyList<ConversationReference>> RecipientsAsync(DueReminder reminder, CancellationToken cancellationToken)
    {
        var tenantId = reminder.Key.Case.TenantId;
        var known = new List<ConversationReference>();
        foreach (var conversationId in reminder.Stored.Meta.ConversationIds.Distinct(StringComparer.Ordinal))
        {
            if (await references.FindAsync(conversationId, cancellationToken) is { } reference && reference.TenantId == tenantId)
            {
                known.Add(reference);
            }
        }

        var wanted = known.Where(r => r is { Removed: false, RemindersOff: false }).ToList();
        if (wanted.Count > 0 || known.Any(r => r is { Removed: false, RemindersOff: true }))
        {
            return wanted;
        }

        return await personalChats.OpenAsync(tenantId, reminder.Stored.Case.OwnerUserId, known, cancellationToken) is { } personal ? [personal] : [];
    }

    /// <summary>The conversation's reference if it may be messaged: current, of the case's tenant, reminders on, bot not removed.</summary>
    private async Task<ConversationReference?> WantedAsync(string conversationId, string tenantId, CancellationToken cancellationToken) =>
        await references.FindAsync(conversationId, cancellationToken) is { Removed: false, RemindersOff: false } reference && reference.TenantId == tenantId
            ? reference
            : null;
}
