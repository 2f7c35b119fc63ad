using System.Net;
using System.Text.Json;
using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Reminders;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// Sends one reminder (or weekly overview) to one conversation at most once. Before sending it claims its idempotency
/// record with a create-only (or If-Match) write, so of two senders exactly one sends; a claim is never sent
/// again unless the Connector said for certain that nothing arrived (then with backoff, up to
/// <see cref="MaxAttempts"/>). A conversation where the Connector answers 403/404 is marked removed and skipped.
/// </summary>
public sealed class ReminderDelivery(IStorage storage, ConversationReferences references, ConnectorClientFactory connectors)
{
    public const int MaxAttempts = 5;

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(5);

    // Proactive messages have no inbound token: the bot's own credentials (none in development mode) are used.
    private static readonly BotIdentity Bot = new(false, null);

    /// <param name="key">The idempotency record's key (<see cref="ReminderKey"/>).</param>
    /// <param name="compose">The message, composed only when this sender claimed it.</param>
    public async Task<ReminderState?> SendOnceAsync(string key, Func<Activity> compose, ConversationReference reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        ArgumentNullException.ThrowIfNull(reference);
        var stored = await storage.ReadAsync(key, cancellationToken);
        var record = stored is null ? null : JsonSerializer.Deserialize(stored.Json, ConversationsJsonContext.Default.ReminderRecord);
        if (record is not null && !(record.State == ReminderState.Failed && record.RetryAt <= now))
        {
            return null; // Sent, being sent, dropped, or waiting for its retry.
        }

        var attempts = (record?.Attempts ?? 0) + 1;
        string claim;
        try
        {
            claim = await WriteAsync(key, new ReminderRecord(ReminderState.Sending, attempts, now), stored?.ETag, cancellationToken);
        }
        catch (StorageConflictException)
        {
            return null; // Another sender claimed it first.
        }

        var outcome = await SendAsync(compose(), reference, attempts, now, cancellationToken);
        await WriteAsync(key, outcome, claim, cancellationToken);
        if (outcome.State == ReminderState.ConversationGone)
        {
            await references.SaveAsync(reference with { Removed = true }, cancellationToken);
        }

        return outcome.State;
    }

    private async Task<ReminderRecord> SendAsync(Activity message, ConversationReference reference, int attempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var connector = connectors.Create(reference.ServiceUrl, Bot);
            await connector.SendToConversationAsync(reference.ConversationId, message, cancellationToken);
            return new ReminderRecord(ReminderState.Sent, attempts, now);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return new ReminderRecord(ReminderState.ConversationGone, attempts, now);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.TooManyRequests || (int?)e.StatusCode >= 500)
        {
            return Retry(attempts, now);
        }
        catch (ConnectorException)
        {
            return new ReminderRecord(ReminderState.Dropped, attempts, now);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            return Retry(attempts, now); // No connection: the message certainly did not arrive.
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ReminderRecord(ReminderState.Dropped, attempts, now); // Cut off mid-call: it may have arrived, so never again.
        }
    }

    private static ReminderRecord Retry(int attempts, DateTimeOffset now) => attempts >= MaxAttempts
        ? new ReminderRecord(ReminderState.Dropped, attempts, now)
        : new ReminderRecord(ReminderState.Failed, attempts, now, now + (FirstRetryDelay * Math.Pow(2, attempts - 1)));

    private Task<string> WriteAsync(string key, ReminderRecord record, string? eTag, CancellationToken cancellationToken) =>
        storage.WriteAsync(key, JsonSerializer.Serialize(record, ConversationsJsonContext.Default.ReminderRecord), eTag, cancellationToken);
}
