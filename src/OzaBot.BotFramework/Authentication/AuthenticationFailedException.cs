namespace OzaBot.BotFramework.Authentication;

/// <summary>Any reason to refuse an inbound request; the adapter answers 401 and runs no turn.</summary>
public sealed class AuthenticationFailedException : Exception
{
    public AuthenticationFailedException()
    {
    }

    public AuthenticationFailedException(string message)
        : base(message)
    {
    }

    public AuthenticationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
