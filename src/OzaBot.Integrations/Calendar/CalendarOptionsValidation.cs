using Microsoft.Extensions.Options;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar;

/// <summary>Refuses to start with a calendar configuration that cannot work, with a message that says which key to set.</summary>
internal sealed class CalendarOptionsValidation : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == CalendarProvider.Local && options.PublicBaseUrl is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
        {
            failures.Add($"Calendar:Provider=Local needs {CalendarOptions.PublicBaseUrlKey} (an absolute http(s) URL) for the .ics links.");
        }

        if (options.Provider == CalendarProvider.Graph)
        {
            failures.AddRange(options.Graph.EffectiveMode == GraphAccessMode.Delegated ? DelegatedFailures(options) : ApplicationFailures(options.Graph));
        }

        var scheduling = options.Scheduling;
        if (scheduling.WorkdayEnd <= scheduling.WorkdayStart || scheduling.SlotStep <= TimeSpan.Zero || scheduling.MaxSuggestionsPerDay <= 0)
        {
            failures.Add("Calendar:Scheduling: WorkdayEnd must be after WorkdayStart, SlotStep and MaxSuggestionsPerDay positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ApplicationFailures(GraphCalendarOptions graph)
    {
        if (!MeetingRequestValidation.IsEmail(graph.Organizer))
        {
            yield return "Calendar:Provider=Graph needs Calendar:Graph:Organizer (the organiser mailbox).";
        }

        if (!string.IsNullOrEmpty(graph.ClientSecret) && (string.IsNullOrEmpty(graph.TenantId) || string.IsNullOrEmpty(graph.ClientId)))
        {
            yield return "Calendar:Graph:ClientSecret needs Calendar:Graph:TenantId and Calendar:Graph:ClientId.";
        }
    }

    /// <summary>On behalf of the user needs the OAuth connection, the bot's app registration with a secret, and the .ics fallback for who declines.</summary>
    private static IEnumerable<string> DelegatedFailures(CalendarOptions options)
    {
        var graph = options.Graph;
        if (string.IsNullOrWhiteSpace(graph.OAuthConnectionName))
        {
            yield return "Calendar:Graph:Mode=Delegated needs Calendar:Graph:OAuthConnectionName (the OAuth connection on the Azure Bot).";
        }

        if (string.IsNullOrEmpty(graph.TenantId) || string.IsNullOrEmpty(graph.ClientId) || string.IsNullOrEmpty(graph.ClientSecret))
        {
            yield return "Calendar:Graph:Mode=Delegated needs the bot's own app registration with a secret (Bot:AppType=SingleTenant, Bot:AppId, Bot:AppPassword, Bot:TenantId): Teams' SSO token is for that app, so it makes the on-behalf-of exchange.";
        }

        if (options.PublicBaseUrl is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
        {
            yield return $"Calendar:Graph:Mode=Delegated needs {CalendarOptions.PublicBaseUrlKey} for the .ics fallback when someone does not sign in.";
        }
    }
}
