namespace OzaBot.BotFramework.Dialogs;

/// <summary>Checks that every persisted instance still has a dialog of the same version in code.</summary>
internal static class DialogStackValidator
{
    public static bool IsCompatible(DialogState state, Func<string, Dialog?> findDialog)
    {
        foreach (var instance in state.DialogStack)
        {
            if (instance?.Id is null || instance.State is null)
            {
                return false;
            }

            var dialog = findDialog(instance.Id);
            if (dialog is null || !string.Equals(dialog.Version, instance.Version, StringComparison.Ordinal) ||
                !dialog.IsStateCompatible(instance, findDialog))
            {
                return false;
            }
        }

        return true;
    }
}
