using System.Net;

namespace OzaBot.Integrations.AzureTables;

/// <summary>A Table service answer the client does not map to a result or to a conflict.</summary>
public sealed class TableServiceException : Exception
{
    public TableServiceException()
    {
    }

    public TableServiceException(string message)
        : base(message)
    {
    }

    public TableServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal TableServiceException(HttpStatusCode status, string? errorCode, string? detail)
        : base($"Table service answered {(int)status} {status}{(errorCode is null ? "" : " " + errorCode)}{(detail is null ? "" : ": " + detail)}")
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? Status { get; }

    /// <summary>The service's error code, e.g. <c>TableNotFound</c>; null when the body had none.</summary>
    public string? ErrorCode { get; }
}
