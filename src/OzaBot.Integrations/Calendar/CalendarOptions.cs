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
/// <c>Calendar:Graph</c>: app-only access. With a <see cref="ClientSecret"/> the app signs in as
/// <see cref="ClientId"/> in <see cref="TenantId"/>; without one it uses the managed identity
/// (user-assigned when <see cref="ClientId"/> is set, system-assigned otherwise).
/// </summary>
public sealed class GraphCalendarOptions
{
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The mailbox whose calendar holds the meetings (a shared planning mailbox or the coordinator's).</summary>
    public string? Organizer { get; set; }
}
