namespace OzaBot.Host.Configuration;

/// <summary>
/// Every configuration key the host reads, in one list. The deployment test compares it with the
/// app settings in infra/ (Azure App Service uses "__" for ":"), so a key cannot be added here
/// without being deployed, or deployed without being read.
/// </summary>
internal static class ConfigurationKeys
{
    public const string TimeZone = "TimeZone";
    public const string BotAppId = "Bot:AppId";
    public const string BotAppPassword = "Bot:AppPassword";
    public const string BotAppType = "Bot:AppType";
    public const string BotTenantId = "Bot:TenantId";
    public const string BotAllowUnauthenticated = "Bot:AllowUnauthenticated";
    public const string StorageProvider = "Storage:Provider";
    public const string StorageSqlitePath = "Storage:SqlitePath";
    public const string StorageConnectionString = "Storage:ConnectionString";
    public const string StorageTableEndpoint = "Storage:TableEndpoint";
    public const string StorageTableName = "Storage:TableName";
    public const string StorageManagedIdentityClientId = "Storage:ManagedIdentityClientId";
    public const string CalendarProvider = "Calendar:Provider";
    public const string CalendarGraphTenantId = "Calendar:Graph:TenantId";
    public const string CalendarGraphClientId = "Calendar:Graph:ClientId";
    public const string CalendarGraphClientSecret = "Calendar:Graph:ClientSecret";
    public const string CalendarGraphOrganizer = "Calendar:Graph:Organizer";
    public const string CalendarGraphMode = "Calendar:Graph:Mode";
    public const string CalendarGraphOAuthConnectionName = "Calendar:Graph:OAuthConnectionName";
    public const string CalendarGraphBaseUrl = "Calendar:Graph:BaseUrl";
    public const string CalendarGraphTokenServiceUrl = "Calendar:Graph:TokenServiceUrl";
    public const string PublicBaseUrl = "Host:PublicBaseUrl";
    public const string HostShutdownTimeoutSeconds = "Host:ShutdownTimeoutSeconds";
    public const string ContentRegionFile = "Content:RegionFile";
    public const string RetentionClosedCaseDays = "Retention:ClosedCaseDays";
    public const string RemindersEnabled = "Reminders:Enabled";
    public const string RemindersSchoolDays = "Reminders:SchoolDays";
    public const string RemindersSendFrom = "Reminders:SendFrom";
    public const string RemindersSendUntil = "Reminders:SendUntil";
    public const string RemindersHolidays = "Reminders:Holidays";
    public const string RemindersIntervalSeconds = "Reminders:IntervalSeconds";
    public const string RemindersOverviewDay = "Reminders:OverviewDay";
    public const string RemindersOverviewAt = "Reminders:OverviewAt";
    public const string PrivacyAzureRegion = "Privacy:AzureRegion";
    public const string PrivacyBotServiceRegion = "Privacy:BotServiceRegion";
    /// <summary>A section: one key per tenant id, its value the object id of the Entra group of that tenant's coordinators.</summary>
    public const string DashboardCoordinatorGroups = "Dashboard:CoordinatorGroups";
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IReadOnlyList<string> All { get; } =
    [
        TimeZone, BotAppId, BotAppPassword, BotAppType, BotTenantId, BotAllowUnauthenticated,
        StorageProvider, StorageSqlitePath, StorageConnectionString, StorageTableEndpoint, StorageTableName, StorageManagedIdentityClientId,
        CalendarProvider, CalendarGraphTenantId, CalendarGraphClientId, CalendarGraphClientSecret, CalendarGraphOrganizer,
        CalendarGraphMode, CalendarGraphOAuthConnectionName, CalendarGraphBaseUrl, CalendarGraphTokenServiceUrl,
        PublicBaseUrl, HostShutdownTimeoutSeconds, ContentRegionFile, RetentionClosedCaseDays, ApplicationInsightsConnectionString, OtlpEndpoint,
        PrivacyAzureRegion, PrivacyBotServiceRegion, DashboardCoordinatorGroups,
        RemindersEnabled, RemindersSchoolDays, RemindersSendFrom, RemindersSendUntil, RemindersHolidays, RemindersIntervalSeconds, RemindersOverviewDay, RemindersOverviewAt,
    ];
}
