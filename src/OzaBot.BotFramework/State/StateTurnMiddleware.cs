using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Diagnostics;

namespace OzaBot.BotFramework.State;

/// <summary>
/// Loads conversation (and user) state at the start of a turn and saves it at the end, with
/// optimistic concurrency: turns of one conversation run one at a time on this instance, and when
/// another instance saved first the turn runs again on fresh state instead of overwriting. Messages
/// are held until the save succeeded, so a discarded attempt sends nothing.
/// </summary>
/// <remarks>
/// Add it last (innermost), after deduplication, logging and typing middleware: a retry runs
/// everything after it again. Updates and deletes of earlier messages are not held.
/// </remarks>
public sealed class StateTurnMiddleware : IMiddleware
{
    public const int DefaultMaxAttempts = 3;

    private readonly ConversationState _conversationState;
    private readonly UserState? _userState;
    private readonly int _maxAttempts;
    private readonly KeyedAsyncLock _locks = new();

    public StateTurnMiddleware(ConversationState conversationState, UserState? userState = null, int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _conversationState = conversationState;
        _userState = userState;
        _maxAttempts = maxAttempts;
    }

    /// <summary>Keys locked right now on this instance (bounded by the turns in flight).</summary>
    internal int LockedKeys => _locks.ActiveKeys;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        // Always conversation before user: one order everywhere means no deadlock between the two.
        using var conversationLock = await _locks.AcquireAsync(_conversationState.GetStorageKey(turnContext), cancellationToken);
        using var userLock = _userState is null ? default(KeyedAsyncLock.Releaser?) : await _locks.AcquireAsync(_userState.GetStorageKey(turnContext), cancellationToken);

        var held = new HeldSends();
        turnContext.OnSendActivities(held.HandleAsync);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await RunAttemptAsync(turnContext, next, cancellationToken);
                    break;
                }
                catch (StorageConflictException) when (attempt < _maxAttempts)
                {
                    BotTelemetry.StateConflicts.Add(1, new KeyValuePair<string, object?>(BotTelemetry.OutcomeTag, "retried"));
                    // Another instance saved this conversation first: forget this attempt and run the turn on its state.
                    held.Discard();
                    turnContext.ClearResponded();
                    turnContext.InvokeResponse = null;
                }
                catch (StorageConflictException)
                {
                    BotTelemetry.StateConflicts.Add(1, new KeyValuePair<string, object?>(BotTelemetry.OutcomeTag, "gave_up"));
                    held.DiscardAndStop();
                    turnContext.ClearResponded();
                    turnContext.InvokeResponse = null;
                    await turnContext.SendActivityAsync(StateTexts.TryAgain(turnContext.Activity.Locale), cancellationToken);
                    return;
                }
            }

            await held.ReleaseAsync();
        }
        finally
        {
            // After a failure nothing of the attempt goes out; an error handler's message does.
            held.DiscardAndStop();
        }
    }

    private async Task RunAttemptAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        await _conversationState.LoadAsync(turnContext, force: true, cancellationToken);
        if (_userState is not null)
        {
            await _userState.LoadAsync(turnContext, force: true, cancellationToken);
        }

        await next(cancellationToken);

        // User state first: if the conversation save then conflicts, the retry sets the user's
        // (idempotent) values again; the other order could apply a dialog step twice.
        if (_userState is not null)
        {
            await _userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        }

        await _conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}
