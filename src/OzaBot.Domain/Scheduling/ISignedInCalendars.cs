namespace OzaBot.Domain.Scheduling;

/// <summary>
/// Delegated mode: the calendar of the user who signed in, reached with their SSO token for this turn only.
/// The token is never kept by the caller (not in the case, not in conversation state).
/// </summary>
public interface ISignedInCalendars
{
    ICalendarService For(string userToken);
}
