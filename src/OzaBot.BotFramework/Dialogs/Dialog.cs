using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// A unit of conversation with its own persisted state (Bot Builder's <c>Dialog</c>). The defaults:
/// Continue ends the dialog, Resume ends it with the child's result, Reprompt does nothing.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>
    /// Change this when the steps or the state shape change: a persisted instance with another
    /// version is not continued (the user is told, and the dialog starts again).
    /// </summary>
    public string Version { get; init; } = "1";

    /// <summary>Context help shown when the user types "help" while this dialog is active, in the turn's language.</summary>
    public Func<ITurnContext, string?>? HelpText { get; init; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child dialog pushed on top of this one ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Ask the current question again (after "help", or when a child on top of a prompt ended).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>The help for the innermost active part of this dialog (a component asks its child first).</summary>
    public virtual string? GetHelp(ITurnContext turnContext, DialogInstance instance) => HelpText?.Invoke(turnContext);

    /// <summary>The options the instance was begun with, so "opnieuw" can begin it again the same way.</summary>
    public virtual object? GetBeginOptions(DialogInstance instance) => null;

    /// <summary>
    /// Whether persisted <paramref name="instance"/> state can be continued by this code. Cheap checks
    /// only; deeper problems surface as <see cref="DialogStateException"/> during the turn.
    /// </summary>
    /// <param name="findDialog">Finds dialogs visible from this dialog's context (for nested stacks).</param>
    public virtual bool IsStateCompatible(DialogInstance instance, Func<string, Dialog?> findDialog) => true;
}
