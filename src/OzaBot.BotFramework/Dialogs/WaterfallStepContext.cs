using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>What a waterfall step sees: the typed <see cref="State"/>, the previous step's or prompt's <see cref="Result"/>, and the stack operations.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog<TState> waterfall, DialogContext dc, DialogInstance instance, TState state, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        Dialogs = dc;
        _instance = instance;
        State = state;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The stack this waterfall runs on (for the rare operation the step context does not offer).</summary>
    public DialogContext Dialogs { get; }

    public ITurnContext Context => Dialogs.Context;

    /// <summary>The engine's texts in the language of this turn.</summary>
    public DialogTexts Texts => Dialogs.Texts;

    /// <summary>Shared by all steps; persisted as JSON after every step.</summary>
    public TState State { get; }

    /// <summary>The options the waterfall was begun with (its initial state), if any.</summary>
    public TState? Options => _waterfall.ReadOptions(_instance);

    /// <summary>The previous step's <see cref="NextAsync"/> value, a child dialog's result, or the user's text.</summary>
    public object? Result { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The result as <typeparamref name="T"/>; throws when the previous step produced something else.</summary>
    public T ResultAs<T>() => Result is T value
        ? value
        : throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' expected a {typeof(T).Name} result, got {Result?.GetType().Name ?? "null"}.");

    /// <summary>Runs the next step now with <paramref name="result"/>; once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(Dialogs, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialogs.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        Dialogs.CancelAllDialogsAsync(cancelParents: true, cancellationToken);

    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        Context.SendActivityAsync(text, cancellationToken);
}
