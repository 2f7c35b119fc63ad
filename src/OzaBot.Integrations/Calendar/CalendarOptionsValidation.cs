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
            var graph = options.Graph;
            if (!MeetingRequestValidation.IsEmail(graph.Organizer))
            {
                failures.Add("Calendar:Provider=Graph needs Calendar:Graph:Organizer (the organiser mailbox).");
            }

            if (!string.IsNullOrEmpty(graph.ClientSecret) && (string.IsNullOrEmpty(graph.TenantId) || string.IsNullOrEmpty(graph.ClientId)))
            {
                failures.Add("Calendar:Graph:ClientSecret needs Calendar:Graph:TenantId and Calendar:Graph:ClientId.");
            }
        }

        var scheduling = options.Scheduling;
        if (scheduling.WorkdayEnd <= scheduling.WorkdayStart || scheduling.SlotStep <= TimeSpan.Zero || scheduling.MaxSuggestionsPerDay <= 0)
        {
            failures.Add("Calendar:Scheduling: WorkdayEnd must be after WorkdayStart, SlotStep and MaxSuggestionsPerDay positive.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(scheduling.TimeZoneId, out _))
        {
            failures.Add($"Calendar:Scheduling:TimeZoneId '{scheduling.TimeZoneId}' is not a known time zone.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
