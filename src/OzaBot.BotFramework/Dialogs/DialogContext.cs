using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// The dialog stack of one turn and the operations on it (Bot Builder's <c>DialogContext</c>).
/// Index 0 of <see cref="Stack"/> is the active dialog. A component's inner stack gets its own
/// context whose <see cref="Parent"/> is the outer one; dialog lookups walk up the parents.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    /// <summary>Set when the persisted stack was unusable: the top-level dialog to begin again.</summary>
    private string? _restartDialogId;

    internal DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogContext? Parent { get; }

    public IReadOnlyList<DialogInstance> Stack => _state.DialogStack;

    public DialogInstance? ActiveDialog => _state.DialogStack.Count > 0 ? _state.DialogStack[0] : null;

    /// <summary>The engine's own user texts in the language of this turn.</summary>
    public DialogTexts Texts => DialogTexts.For(Context.Activity.Locale);

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> (this set or a parent's) and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is visible from this context.");
        _state.DialogStack.Insert(0, new DialogInstance { Id = dialogId, Version = dialog.Version });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Hands the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when nothing runs.
    /// On the root context this first handles interruptions ("help", "stop", "opnieuw") and turns
    /// unreadable persisted state into a clean restart.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (Parent is not null)
        {
            return await ContinueActiveAsync(cancellationToken);
        }

        if (_restartDialogId is not null)
        {
            return await BeginRestartAsync(cancellationToken);
        }

        try
        {
            if (Dialogs.HandleInterruptions && ActiveDialog is not null &&
                await DialogInterruptions.TryHandleAsync(this, cancellationToken) is { } interrupted)
            {
                return interrupted;
            }

            return await ContinueActiveAsync(cancellationToken);
        }
        catch (DialogStateException)
        {
            await ResetAfterIncompatibleStateAsync(cancellationToken);
            return await BeginRestartAsync(cancellationToken);
        }
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } ending)
        {
            await EndInstanceAsync(ending, DialogReason.EndCalled, cancellationToken);
        }

        if (ActiveDialog is { } parentInstance)
        {
            var parent = FindDialog(parentInstance.Id) ?? throw new DialogStateException($"Unknown dialog '{parentInstance.Id}' on the stack.");
            return await parent.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } replaced)
        {
            await EndInstanceAsync(replaced, DialogReason.ReplaceCalled, cancellationToken);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Ends every dialog on this stack (each gets <see cref="DialogReason.CancelCalled"/>), and with
    /// <paramref name="cancelParents"/> the stacks of the enclosing contexts too.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
    {
        var hadDialogs = _state.DialogStack.Count > 0;
        while (ActiveDialog is { } instance)
        {
            await EndInstanceAsync(instance, DialogReason.CancelCalled, cancellationToken);
        }

        if (cancelParents && Parent is not null)
        {
            await Parent.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            return DialogTurnResult.Cancelled;
        }

        return hadDialogs ? DialogTurnResult.Cancelled : DialogTurnResult.Empty;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance && FindDialog(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    /// <summary>The help text of the innermost active dialog that has one.</summary>
    public string? GetHelp()
    {
        foreach (var instance in _state.DialogStack)
        {
            if (FindDialog(instance.Id)?.GetHelp(Context, instance) is { } help)
            {
                return help;
            }
        }

        return null;
    }

    /// <summary>"opnieuw": cancels everything and begins the top-level dialog again with its original options.</summary>
    internal async Task<DialogTurnResult> RestartTopLevelDialogAsync(CancellationToken cancellationToken)
    {
        var topLevel = _state.DialogStack[^1];
        var dialog = FindDialog(topLevel.Id) ?? throw new DialogStateException($"Unknown dialog '{topLevel.Id}' on the stack.");
        object? options;
        try
        {
            options = dialog.GetBeginOptions(topLevel);
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"The options of '{topLevel.Id}' cannot be read.", ex);
        }

        await CancelAllDialogsAsync(cancelParents: false, cancellationToken);
        await Context.SendActivityAsync(Texts.Restarting, cancellationToken);
        return await BeginDialogAsync(topLevel.Id, options, cancellationToken);
    }

    /// <summary>Clears an unusable stack, tells the user, and remembers which top-level dialog to begin again.</summary>
    internal async Task ResetAfterIncompatibleStateAsync(CancellationToken cancellationToken)
    {
        var topLevelId = _state.DialogStack.Count > 0 ? _state.DialogStack[^1]?.Id : null;
        _restartDialogId = topLevelId is not null && Dialogs.Find(topLevelId) is not null ? topLevelId : null;
        _state.DialogStack.Clear();
        await Context.SendActivityAsync(Texts.DialogChanged, cancellationToken);
    }

    private async Task<DialogTurnResult> BeginRestartAsync(CancellationToken cancellationToken)
    {
        var dialogId = _restartDialogId;
        _restartDialogId = null;
        return dialogId is null ? DialogTurnResult.Empty : await BeginDialogAsync(dialogId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> ContinueActiveAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return DialogTurnResult.Empty;
        }

        var dialog = FindDialog(instance.Id) ?? throw new DialogStateException($"Unknown dialog '{instance.Id}' on the stack.");
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    private async Task EndInstanceAsync(DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        _state.DialogStack.Remove(instance);
    }
}
