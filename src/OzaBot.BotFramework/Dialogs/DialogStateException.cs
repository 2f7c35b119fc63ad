namespace OzaBot.BotFramework.Dialogs;

/// <summary>Persisted dialog state that this code cannot read (corrupt or from another shape); the stack restarts cleanly.</summary>
public sealed class DialogStateException : Exception
{
    public DialogStateException()
    {
    }

    public DialogStateException(string message)
        : base(message)
    {
    }

    public DialogStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
