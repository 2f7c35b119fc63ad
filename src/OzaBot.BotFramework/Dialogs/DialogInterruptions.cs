using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Recognizers;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>"help", "stop"/"annuleer"/"cancel" and "opnieuw", handled for every dialog on the root context.</summary>
internal static class DialogInterruptions
{
    /// <returns>The turn's result when the message was an interruption; otherwise <c>null</c>.</returns>
    public static async Task<DialogTurnResult?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text))
        {
            return null;
        }

        switch (InterruptionRecognizer.Recognize(activity.Text))
        {
            case Interruption.Help:
                var help = dc.GetHelp() ?? dc.Texts.GenericHelp;
                await dc.Context.SendActivityAsync(help + "\n\n" + dc.Texts.HelpCommands, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.EndOfTurn;
            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
                await dc.Context.SendActivityAsync(dc.Texts.Cancelled, cancellationToken);
                return DialogTurnResult.Cancelled;
            case Interruption.Restart:
                return await dc.RestartTopLevelDialogAsync(cancellationToken);
            default:
                return null;
        }
    }
}
