namespace OzaBot.Integrations.Calendar;

/// <summary><c>Calendar:Provider</c>: the embedded calendar with .ics files (default), or Microsoft Graph.</summary>
public enum CalendarProvider
{
    Local,
    Graph,
}
