using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar;

/// <summary>The <c>Calendar</c> configuration section (docs/calendar.md), plus <c>Host:PublicBaseUrl</c> for the .ics links.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";
    public const string PublicBaseUrlKey = "Host:PublicBaseUrl";

    public CalendarProvider Provider { get; set; } = CalendarProvider.Local;

    public GraphCalendarOptions Graph { get; set; } = new();

    /// <summary>Working hours, holidays and time zone for slot suggestions (<c>Calendar:Scheduling</c>).</summary>
    public SchedulingOptions Scheduling { get; set; } = new();

    /// <summary>From <c>Host:PublicBaseUrl</c>; the Local provider builds its .ics links on it.</summary>
    public Uri? PublicBaseUrl { get; set; }
}

/// <summary>
/// <c>Calendar:Graph</c>. App-only: with a <see cref="ClientSecret"/> the app signs in as
/// <see cref="ClientId"/> in <see cref="TenantId"/>; without one it uses the managed identity
/// (user-assigned when <see cref="ClientId"/> is set, system-assigned otherwise). Delegated: the bot's app
/// registration exchanges the user's SSO token from the OAuth connection <see cref="OAuthConnectionName"/> on behalf
/// of the user; the host fills <see cref="ClientId"/>, <see cref="ClientSecret"/> and <see cref="TenantId"/> from the
/// bot's own credentials then (Teams' SSO token is for the bot's app), whatever Calendar:Graph says.
/// </summary>
public sealed class GraphCalendarOptions
{
    /// <summary>Unset: Delegated when <see cref="OAuthConnectionName"/> is set, Application otherwise.</summary>
    public GraphAccessMode? Mode { get; set; }

    /// <summary>The OAuth connection setting on the Azure Bot resource (Entra ID v2, Teams SSO).</summary>
    public string? OAuthConnectionName { get; set; }

    /// <summary>Where MSAL asks for the on-behalf-of token (tenant appended); the host sets the bot's own authority host.</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>The Bot Framework Token Service, where the OAuth connection keeps the users' tokens.</summary>
    public Uri TokenServiceUrl { get; set; } = new("https://token.botframework.com");

    /// <summary>Microsoft Graph's v1.0 root.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    public GraphAccessMode EffectiveMode => Mode ?? (string.IsNullOrWhiteSpace(OAuthConnectionName) ? GraphAccessMode.Application : GraphAccessMode.Delegated);

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The mailbox whose calendar holds the meetings (a shared planning mailbox or the coordinator's).</summary>
    public string? Organizer { get; set; }
}
