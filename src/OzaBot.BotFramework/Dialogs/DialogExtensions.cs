using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.State;

namespace OzaBot.BotFramework.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// Bot Builder's <c>Dialog.RunAsync</c>: continues the active dialog (interruptions included) and,
    /// when nothing is running, begins <paramref name="dialog"/>. The stack is saved by whoever owns
    /// the accessor (conversation state's middleware).
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dc = await new DialogSet(dialogState).Add(dialog).CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
