using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs: it owns a private <see cref="DialogSet"/> and keeps its inner stack in
/// <c>state["dialogs"]</c> (Bot Builder's shape). When the inner stack finishes, the component ends
/// with the inner result. Inner dialogs may also begin dialogs of the outer set.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";
    private readonly DialogSet _dialogs = new();

    public ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The dialog begun first; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return RunInnerAsync(dc, inner => inner.BeginDialogAsync(initial, options, cancellationToken), cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        RunInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);

    /// <summary>Something the component pushed on the outer stack ended: ask the inner question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = InnerContext(turnContext, instance, parent: null);
        try
        {
            await inner.RepromptDialogAsync(cancellationToken);
        }
        finally
        {
            Flush(instance);
        }
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var inner = InnerContext(turnContext, instance, parent: null);
            try
            {
                await inner.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
            }
            finally
            {
                Flush(instance);
            }
        }
    }

    public override string? GetHelp(ITurnContext turnContext, DialogInstance instance) =>
        InnerContext(turnContext, instance, parent: null).GetHelp() ?? HelpText?.Invoke(turnContext);

    /// <summary>The initial inner dialog's options are the component's own.</summary>
    public override object? GetBeginOptions(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var stack = InnerState(instance).DialogStack;
        return stack.Count > 0 && stack[^1].Id == InitialDialogId && _dialogs.Find(stack[^1].Id) is { } initial
            ? initial.GetBeginOptions(stack[^1])
            : null;
    }

    public override bool IsStateCompatible(DialogInstance instance, Func<string, Dialog?> findDialog)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            // A component only stays on the stack while something inside it waits; an empty inner stack is damage.
            var inner = InnerState(instance);
            return inner.DialogStack.Count > 0 && DialogStackValidator.IsCompatible(inner, id => _dialogs.Find(id) ?? findDialog(id));
        }
        catch (DialogStateException)
        {
            return false;
        }
    }

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext outer, Func<DialogContext, Task<DialogTurnResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outer);
        var instance = outer.ActiveDialog!;
        var inner = InnerContext(outer.Context, instance, outer);
        DialogTurnResult result;
        try
        {
            result = await operation(inner);
        }
        finally
        {
            Flush(instance);
        }

        // Still waiting, or the inner dialogs already cancelled this component along with its parents.
        if (result.Status == DialogTurnStatus.Waiting || !ReferenceEquals(outer.ActiveDialog, instance))
        {
            return result;
        }

        return await outer.EndDialogAsync(result.Result, cancellationToken);
    }

    private DialogContext InnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? parent) =>
        new(_dialogs, turnContext, InnerState(instance), parent);

    /// <summary>The inner stack, read from JSON once per turn and kept live on the instance.</summary>
    private static DialogState InnerState(DialogInstance instance)
    {
        if (instance.LiveState is DialogState live)
        {
            return live;
        }

        DialogState state;
        try
        {
            state = instance.State[InnerStateKey] is { } node
                ? node.Deserialize(DialogJsonContext.Default.DialogState) ?? new DialogState()
                : new DialogState();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"The inner stack of '{instance.Id}' cannot be read.", ex);
        }

        instance.LiveState = state;
        return state;
    }

    /// <summary>Puts the live inner stack back into the instance's JSON, serialized only when the outer stack is saved.</summary>
    private static void Flush(DialogInstance instance)
    {
        if (instance.LiveState is DialogState live)
        {
            instance.State[InnerStateKey] = DeferredJson.Of(live, DialogJsonContext.Default.DialogState);
        }
    }
}
