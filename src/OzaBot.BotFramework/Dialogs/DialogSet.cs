using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.State;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// The dialogs a bot (or a component) can run, and — for the bot's root set — the accessor that
/// persists the stack in conversation state.
/// </summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
    {
        _dialogState = dialogState;
    }

    /// <summary>"help", "stop"/"annuleer" and "opnieuw" are handled before the active dialog sees the message.</summary>
    public bool HandleInterruptions { get; init; } = true;

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in this set.");
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>
    /// Loads the stack for this turn. Unreadable state, unknown dialog ids and changed dialog
    /// versions do not crash: the stack is cleared, the user is told, and the next
    /// <see cref="DialogContext.ContinueDialogAsync"/> begins the top-level dialog again when it still exists.
    /// </summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet has no DialogState accessor; pass one to the constructor.");
        }

        DialogState state;
        var readable = true;
        try
        {
            state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        }
        catch (JsonException)
        {
            readable = false;
            state = new DialogState();
            await _dialogState.SetAsync(turnContext, state, cancellationToken);
        }

        var dc = new DialogContext(this, turnContext, state, parent: null);
        if (!readable || !DialogStackValidator.IsCompatible(state, Find))
        {
            await dc.ResetAfterIncompatibleStateAsync(cancellationToken);
        }

        return dc;
    }
}
