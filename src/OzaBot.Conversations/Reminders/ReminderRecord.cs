namespace OzaBot.Conversations.Reminders;

/// <summary>Where one reminder to one conversation stands; stored under its <see cref="Domain.Reminders.ReminderKey"/>.</summary>
public enum ReminderState
{
    /// <summary>Claimed and being sent. Never sent again, even if the sender died: it may have arrived.</summary>
    Sending,

    Sent,

    /// <summary>The Connector refused it for now (429, 5xx after its own retries, or no connection): tried again after <see cref="ReminderRecord.RetryAt"/>.</summary>
    Failed,

    /// <summary>Not to be sent again: the Connector refused the message itself, retries ran out, or a call was cut off midway (it may have arrived).</summary>
    Dropped,

    /// <summary>The Connector answered 403/404: the bot was removed from the conversation, which is marked and skipped from now on.</summary>
    ConversationGone,
}

/// <summary>The idempotency record of one reminder to one conversation.</summary>
public sealed record ReminderRecord(ReminderState State, int Attempts, DateTimeOffset At, DateTimeOffset? RetryAt = null);
