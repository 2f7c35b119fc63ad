using System.Globalization;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Diagnostics;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>Turns SDK failures (after the RetryHandler gave up) into the port's typed error.</summary>
internal static class GraphErrors
{
    /// <summary>A failure of Graph or the network; a cancellation by the caller is not one (an HttpClient timeout is).</summary>
    public static bool IsGraphFailure(Exception exception) =>
        Unwrap(exception) is ApiException or HttpRequestException or AuthenticationFailedException or MsalException or TaskCanceledException { InnerException: TimeoutException };

    /// <summary>True when the service may have acted before failing, so a create may have left an event behind.</summary>
    public static bool MayHaveCreated(Exception exception) =>
        Unwrap(exception) is not (ApiException { ResponseStatusCode: >= 400 and < 500 and not 408 and not 429 } or AuthenticationFailedException or MsalException);

    public static CalendarException Map(Exception exception, string operation)
    {
        exception = Unwrap(exception);
        var kind = exception switch
        {
            ApiException { ResponseStatusCode: 429 } => CalendarErrorKind.Throttled,
            MsalUiRequiredException or MsalServiceException { ErrorCode: "invalid_grant" } => CalendarErrorKind.SignInRequired,
            MsalException => CalendarErrorKind.Unavailable,
            ApiException { ResponseStatusCode: 401 or 403 } or AuthenticationFailedException => CalendarErrorKind.AccessDenied,
            ApiException { ResponseStatusCode: 404 } => CalendarErrorKind.NotFound,
            ODataError { ResponseStatusCode: 400, Error.Message: { } message } when message.Contains("organizer", StringComparison.OrdinalIgnoreCase) => CalendarErrorKind.NotOrganizer,
            ApiException { ResponseStatusCode: 400 } => CalendarErrorKind.InvalidRequest,
            ApiException { ResponseStatusCode: >= 500 } or HttpRequestException or TaskCanceledException => CalendarErrorKind.Unavailable,
            _ => CalendarErrorKind.Failed,
        };
        var status = exception is ApiException api ? api.ResponseStatusCode.ToString(CultureInfo.InvariantCulture) : exception.GetType().Name;
        IntegrationsTelemetry.GraphError(operation, status);
        return new CalendarException(kind, $"Graph {operation} failed ({status}).", exception);
    }

    /// <summary>When the RetryHandler gives up it throws an AggregateException of every attempt's error; the last one counts.</summary>
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : exception;
}
