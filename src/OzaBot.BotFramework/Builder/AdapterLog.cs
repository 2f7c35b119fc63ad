using Microsoft.Extensions.Logging;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// The adapter's log lines. Privacy by design: they carry activity types, channel ids and status codes,
/// never message text, names or conversation content.
/// </summary>
internal static partial class AdapterLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Rejected request: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Rejected request: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on {ChannelId}: {ExceptionType} at {StackTrace}")]
    public static partial void TurnFailed(ILogger logger, string? activityType, string? channelId, string exceptionType, string? stackTrace);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A {ActivityType} turn is still running after the response deadline; it continues in the background")]
    public static partial void ContinuingInBackground(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Could not send the apology after a failed turn: {ExceptionType}")]
    public static partial void ApologyFailed(ILogger logger, string exceptionType);
}
