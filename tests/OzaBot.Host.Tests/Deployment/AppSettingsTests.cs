using OzaBot.Host.Configuration;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// Every configuration key the host reads (ConfigurationKeys.All) is set as an App Service app setting
/// in infra/ ("__" for ":"), and every app setting there is read by the host — except the explicit
/// lists below, each with its reason. A new key that is neither deployed nor listed fails here. The
/// settings are read from the ARM template the Bicep CLI compiles, as Azure receives them.
/// </summary>
public sealed class AppSettingsTests
{
    /// <summary>Keys the host reads that are deliberately not set in Azure.</summary>
    private static readonly Dictionary<string, string> NotDeployed = new()
    {
        [ConfigurationKeys.BotAllowUnauthenticated] = "local development switch for the anonymous Playground; must never be on in Azure",
        [ConfigurationKeys.StorageSqlitePath] = "local SQLite store; Azure uses Storage:Provider=AzureTables",
        [ConfigurationKeys.StorageConnectionString] = "local/Azurite connection string with an account key; Azure uses Storage:TableEndpoint + the managed identity (shared keys are off)",
        [ConfigurationKeys.CalendarGraphClientSecret] = "Azure calls Graph with the managed identity; there is no client secret",
        [ConfigurationKeys.ContentRegionFile] = "optional: a region that ships its own process-content variant sets it; the built-in content needs nothing",
        [ConfigurationKeys.HostShutdownTimeoutSeconds] = "optional: the default (30 s) lets running turns finish well within a restart",
        [ConfigurationKeys.OtlpEndpoint] = "optional: an OpenTelemetry collector of your own; Azure exports to Application Insights",
        [ConfigurationKeys.RemindersEnabled] = "optional: reminders are on by default; set Reminders__Enabled=false to stop the job",
        [ConfigurationKeys.RemindersSchoolDays] = "optional: Monday to Friday are the school days; weekends are off",
        [ConfigurationKeys.RemindersSendFrom] = "optional: the default sending hours (07:30) apply",
        [ConfigurationKeys.RemindersSendUntil] = "optional: the default sending hours (18:00) apply",
        [ConfigurationKeys.RemindersHolidays] = "optional, regional: a region sets its school holidays as date ranges; weekends are always off",
        [ConfigurationKeys.RemindersIntervalSeconds] = "optional: the default (every 5 minutes) is fine in Azure",
        [ConfigurationKeys.RemindersOverviewDay] = "optional: the weekly overview's default day (Monday); each conversation may choose its own",
        [ConfigurationKeys.RemindersOverviewAt] = "optional: the weekly overview's time (08:00)",
        [ConfigurationKeys.CalendarGraphMode] = "optional: derived from Calendar:Graph:OAuthConnectionName (Delegated when set), which infra sets",
        [ConfigurationKeys.CalendarGraphBaseUrl] = "optional: Microsoft Graph v1.0 is the default; only the loopback tests point it elsewhere",
        [ConfigurationKeys.CalendarGraphTokenServiceUrl] = "optional: the Bot Framework Token Service is the default; only the loopback tests point it elsewhere",
        [ConfigurationKeys.DashboardCoordinatorGroups] = "a section keyed by tenant id, set per customer (Dashboard__CoordinatorGroups__<tenant id>); without it nobody sees the dashboard",
        [ConfigurationKeys.RetentionClosedCaseDays] = "optional: the documented default (180 days, docs/state.md) applies unless the organisation decides otherwise",
    };

    /// <summary>App settings read by the platform or SDKs rather than through ConfigurationKeys.</summary>
    private static readonly Dictionary<string, string> PlatformSettings = new()
    {
        ["AZURE_CLIENT_ID"] = "Azure.Identity (ManagedIdentityCredential/DefaultAzureCredential) picks the user-assigned identity by it",
    };

    /// <summary>The web app's app settings resource: <c>if(equals(parameters('botAppType'), 'SingleTenant'), union(common, variables('singleTenantSettings')), common)</c>.</summary>
    private static readonly ArmExpression AppSettingsResource = ArmExpression.Parse((string)BicepCli.Module("web")["resources"]!.AsArray()
        .Single(r => (string?)r!["type"] == "Microsoft.Web/sites/config" && ((string?)r["name"])!.Contains("'appsettings'", StringComparison.Ordinal))!["properties"]!);

    private static readonly IReadOnlyList<KeyValuePair<string, ArmExpression>> CommonSettings =
        AppSettingsResource.DescendantsAndSelf().First(n => n.Function == "createObject").ObjectPairs();

    private static readonly List<string> SingleTenantSettings =
        BicepCli.Module("web")["variables"]!["singleTenantSettings"]!.AsObject().Select(p => p.Key).ToList();

    private static readonly List<string> Deployed = [.. CommonSettings.Select(p => p.Key), .. SingleTenantSettings];

    private static string AppSettingName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    [Fact]
    public void Every_key_the_host_reads_is_deployed_or_an_explicit_exception()
    {
        var missing = ConfigurationKeys.All
            .Where(key => !NotDeployed.ContainsKey(key) && !Deployed.Contains(AppSettingName(key)))
            .ToList();

        Assert.True(missing.Count == 0, "not set in infra/modules/appservice.bicep: " + string.Join(", ", missing.Select(AppSettingName)));
    }

    [Fact]
    public void Every_deployed_app_setting_is_read_by_the_host_or_the_platform()
    {
        var read = ConfigurationKeys.All.Select(AppSettingName).Concat(PlatformSettings.Keys).ToHashSet(StringComparer.Ordinal);

        var unknown = Deployed.Where(name => !read.Contains(name)).ToList();

        Assert.True(unknown.Count == 0, "deployed but never read: " + string.Join(", ", unknown));
        Assert.Equal(Deployed.Count, Deployed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_exceptions_are_current_and_none_of_them_is_deployed_anywhere()
    {
        var infraText = BicepCli.MainTemplate.ToJsonString();

        foreach (var (key, reason) in NotDeployed)
        {
            Assert.Contains(key, ConfigurationKeys.All);
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.DoesNotContain(AppSettingName(key), infraText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Both_setting_blocks_reach_the_web_app_and_the_password_only_for_SingleTenant()
    {
        Assert.Equal("if", AppSettingsResource.Function);
        Assert.Equal("equals(parameters('botAppType'), 'SingleTenant')", AppSettingsResource.Arguments[0].Text);
        Assert.Equal("union", AppSettingsResource.Arguments[1].Function);
        Assert.Equal(AppSettingsResource.Arguments[2].Text, AppSettingsResource.Arguments[1].Arguments[0].Text);
        Assert.Equal("variables('singleTenantSettings')", AppSettingsResource.Arguments[1].Arguments[1].Text);
        Assert.Equal([AppSettingName(ConfigurationKeys.BotAppPassword)], SingleTenantSettings);
    }

    [Theory]
    [InlineData("Storage__Provider", "'AzureTables'")]
    [InlineData("Storage__ManagedIdentityClientId", "parameters('identityClientId')")]
    [InlineData("Calendar__Graph__ClientId", "parameters('identityClientId')")]
    [InlineData("AZURE_CLIENT_ID", "parameters('identityClientId')")]
    [InlineData("Host__PublicBaseUrl", "format('https://{0}', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '2024-04-01').defaultHostName)")]
    public void Azure_uses_table_storage_and_graph_through_the_managed_identity(string setting, string value) =>
        Assert.Equal(value, CommonSettings.Single(p => p.Key == setting).Value.Text);
}
