namespace OzaBot.Integrations.Tests.Calendar.GraphStandIn;

/// <summary>
/// A scripted failure for the next request matching <see cref="Method"/> and <see cref="PathEndsWith"/>.
/// With <see cref="AfterCommit"/> the stand-in first does the work (e.g. creates the event) and then
/// answers with the failure, as a lost response would look to the client.
/// </summary>
internal sealed record StandInFault(string Method, string PathEndsWith, int Status, int? RetryAfterSeconds = 0, bool AfterCommit = false, string? Message = null)
{
    public string Code => Status switch
    {
        429 => "TooManyRequests",
        503 => "ServiceUnavailable",
        403 => "ErrorAccessDenied",
        400 => "ErrorInvalidRequest",
        _ => "InternalServerError",
    };
}
