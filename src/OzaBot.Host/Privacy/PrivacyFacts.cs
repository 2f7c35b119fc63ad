using OzaBot.Conversations.Flows.Export;
using OzaBot.Domain.Cases;
using OzaBot.Host.Background;
using OzaBot.Host.Configuration;
using OzaBot.Integrations.Calendar;

namespace OzaBot.Host.Privacy;

/// <summary>
/// What the privacy statement and the terms say about this installation, taken from what the code runs on:
/// the retention the purge job uses and how often it runs, the configured store and calendar, how long an
/// export link works, whether Application Insights is connected, and where the deployment put the app and
/// the bot (<c>Privacy:*</c>, set by infra/). The README and docs/privacy state the defaults; a test holds
/// them to these values.
/// </summary>
internal sealed record PrivacyFacts(
    int ClosedCaseDays,
    TimeSpan PurgeInterval,
    StorageProvider Storage,
    CalendarProvider Calendar,
    TimeSpan ExportLinkValidity,
    bool ApplicationInsights,
    string? AzureRegion,
    string? BotServiceRegion)
{
    public static PrivacyFacts From(IConfiguration configuration, RetentionOptions retention, CalendarOptions calendar)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(calendar);
        return new(
            retention.ClosedCaseDays,
            RetentionService.Interval,
            StorageProviders.From(configuration),
            calendar.Provider,
            CaseExports.Validity,
            Setting(configuration, ConfigurationKeys.ApplicationInsightsConnectionString) is not null,
            Setting(configuration, ConfigurationKeys.PrivacyAzureRegion),
            Setting(configuration, ConfigurationKeys.PrivacyBotServiceRegion));
    }

    public int ExportLinkHours => (int)ExportLinkValidity.TotalHours;

    public int PurgeIntervalHours => (int)PurgeInterval.TotalHours;

    private static string? Setting(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();
}
