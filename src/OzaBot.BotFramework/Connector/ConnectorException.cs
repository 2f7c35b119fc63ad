using System.Net;

namespace OzaBot.BotFramework.Connector;

/// <summary>A Connector call that failed after retries; <see cref="ErrorCode"/> is the ErrorResponse code if any.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>403 MessageWritesBlocked or 403 after uninstall: the user blocked or removed the bot.</summary>
    public bool IsBlockedByUser => StatusCode == HttpStatusCode.Forbidden;

    public bool IsTooLarge => StatusCode == HttpStatusCode.RequestEntityTooLarge;
}
