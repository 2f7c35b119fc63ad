using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Diagnostics;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.State;

/// <summary>
/// Loads conversation state at the start of a turn and saves it at the end, with
/// optimistic concurrency: turns of one conversation run one at a time on this instance, and when
/// another instance saved first the turn runs again on fresh state instead of overwriting. Messages
/// are held until the save succeeded, so a discarded attempt sends nothing. The state also records
/// which activities were processed (<see cref="ProcessedActivities"/>), so an activity delivered twice,
/// to this instance or another, runs once. Each attempt gets a fresh <see cref="TurnAttempt"/>, so work
/// saved elsewhere (a case) by a discarded attempt is recognised by the retry.
/// </summary>
/// <remarks>
/// Add it last (innermost), after logging and typing middleware: a retry runs
/// everything after it again. Card updates are held like messages; deletes of earlier messages are not.
/// </remarks>
public sealed class StateTurnMiddleware : IMiddleware
{
    public const int DefaultMaxAttempts = OptimisticRetry.DefaultMaxAttempts;

    private readonly ConversationState _conversationState;
    private readonly int _maxAttempts;
    private readonly TimeProvider _time;
    private readonly IStatePropertyAccessor<ProcessedActivities> _processed;
    private readonly KeyedAsyncLock _locks = new();

    public StateTurnMiddleware(ConversationState conversationState, int maxAttempts = DefaultMaxAttempts, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _conversationState = conversationState;
        _maxAttempts = maxAttempts;
        _time = time ?? TimeProvider.System;
        _processed = conversationState.CreateProperty("processedActivities", ProcessedActivitiesJsonContext.Default.ProcessedActivities);
    }

    /// <summary>Keys locked right now on this instance (bounded by the turns in flight).</summary>
    internal int LockedKeys => _locks.ActiveKeys;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        using var conversationLock = await _locks.AcquireAsync(_conversationState.GetStorageKey(turnContext), cancellationToken);

        var held = new HeldSends();
        turnContext.OnSendActivities(held.HandleAsync);
        turnContext.OnUpdateActivity(held.HandleUpdateAsync);
        var attempts = 0;
        try
        {
            try
            {
                await OptimisticRetry.RunAsync(
                    async () =>
                    {
                        await RunAttemptAsync(turnContext, next, ++attempts, cancellationToken);
                        return true;
                    },
                    _maxAttempts,
                    beforeRetry: () =>
                    {
                        BotTelemetry.StateConflicts.Add(1, new KeyValuePair<string, object?>(BotTelemetry.OutcomeTag, "retried"));
                        // Another instance saved this conversation first: forget this attempt and run the turn on its state.
                        held.Discard();
                        turnContext.ClearResponded();
                        turnContext.InvokeResponse = null;
                    });
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

            await held.ReleaseAsync();
        }
        finally
        {
            // After a failure nothing of the attempt goes out; an error handler's message does.
            held.DiscardAndStop();
        }
    }

    private async Task RunAttemptAsync(ITurnContext turnContext, NextDelegate next, int attempt, CancellationToken cancellationToken)
    {
        turnContext.Services.Set(new TurnAttempt(turnContext.Activity.Id, attempt));
        await _conversationState.LoadAsync(turnContext, force: true, cancellationToken);
        var activity = turnContext.Activity;
        var processed = ProcessedActivities.Applies(activity) ? await _processed.GetAsync(turnContext, () => new(), cancellationToken) : null;
        if (processed?.Find(activity.Id!) is { } earlier)
        {
            // Delivered again, and processed here or on another instance: answer as the first time, change nothing.
            BotTelemetry.DuplicateActivities.Add(1);
            turnContext.InvokeResponse = activity.Type == ActivityTypes.Invoke ? earlier.Response(activity.Locale) : null;
            return;
        }

        if (processed is { Entries.Count: 0 })
        {
            // Not in the document until something is recorded: a turn that changes nothing still writes nothing.
            await _processed.DeleteAsync(turnContext, cancellationToken);
        }

        await next(cancellationToken);

        // A click is always recorded (it may have changed a case); a message only with a change of the state, so a
        // turn that changes nothing writes nothing (and running such a turn twice changes nothing either).
        if (processed is not null && (activity.Type == ActivityTypes.Invoke || _conversationState.HasChanges(turnContext)))
        {
            processed.Add(activity.Id!, turnContext.InvokeResponse, _time.GetUtcNow());
            await _processed.SetAsync(turnContext, processed, cancellationToken);
        }

        await _conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}
