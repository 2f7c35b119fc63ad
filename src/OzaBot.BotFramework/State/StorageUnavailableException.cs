namespace OzaBot.BotFramework.State;

/// <summary>
/// The store could not be reached or kept failing after its retries (an outage, throttling, a timeout).
/// Nothing was changed by the failed call; the turn fails and the user is told to try again later.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
