namespace OzaBot.Integrations.Calendar;

/// <summary>
/// <c>Calendar:Graph:Mode</c>: <see cref="Delegated"/> (the signed-in teacher's own calendar, Teams SSO; the
/// default when <c>Calendar:Graph:OAuthConnectionName</c> is set) or <see cref="Application"/> (app-only, one organiser mailbox).
/// </summary>
public enum GraphAccessMode
{
    Application,
    Delegated,
}
