using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using OzaBot.Domain.Cases;
using OzaBot.Host.Configuration;
using OzaBot.Host.Privacy;
using OzaBot.Integrations.Calendar;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Privacy;

/// <summary>
/// One source of facts: the pages render <see cref="PrivacyFacts"/>, and the README and docs/privacy state
/// the same defaults (retention, export link, the two commands), so they cannot drift apart.
/// </summary>
public sealed partial class PrivacyFactsTests
{
    private static readonly PrivacyFacts Defaults = PrivacyFacts.From(new ConfigurationBuilder().Build(), new RetentionOptions(), new CalendarOptions());

    [Fact]
    public void The_defaults_are_the_ones_the_code_runs_with()
    {
        Assert.Equal(RetentionOptions.DefaultClosedCaseDays, Defaults.ClosedCaseDays);
        Assert.Equal(24, Defaults.ExportLinkHours);
        Assert.Equal(1, Defaults.PurgeIntervalHours);
        Assert.Equal(StorageProvider.Sqlite, Defaults.Storage);
        Assert.Equal(CalendarProvider.Local, Defaults.Calendar);
        Assert.False(Defaults.ApplicationInsights);
        Assert.Null(Defaults.AzureRegion);
    }

    [Theory]
    [InlineData("README.md", "**{0} days** after closing", "**{1} hours**", "**exporteer casus**", "**verwijder casus**")]
    [InlineData("docs/privacy/README.md", "{0} dagen na het sluiten", "{1} uur", "`exporteer casus`", "`verwijder casus`")]
    [InlineData("docs/privacy/dpia.md", "{0} dagen na het sluiten", "{1} uur", "`exporteer casus`", "`verwijder casus`")]
    public void The_docs_state_the_retention_the_export_link_and_both_commands_as_the_pages_do(string file, params string[] statements)
    {
        var text = File.ReadAllText(RepoPaths.Combine(file.Split('/')));
        var page = PrivacyStatement.Render(Defaults);

        foreach (var statement in statements.Select(s => string.Format(CultureInfo.InvariantCulture, s, Defaults.ClosedCaseDays, Defaults.ExportLinkHours)))
        {
            Assert.Contains(statement, text, StringComparison.Ordinal);
        }

        Assert.Contains($"<strong>{Defaults.ClosedCaseDays} dagen</strong> na het sluiten", page, StringComparison.Ordinal);
        Assert.Contains($"<strong>{Defaults.ExportLinkHours} uur</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<code>exporteer casus</code>", page, StringComparison.Ordinal);
        Assert.Contains("<code>verwijder casus</code>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_retention_period_in_docs_privacy_is_the_default()
    {
        var periods = Directory.GetFiles(RepoPaths.Combine("docs", "privacy"), "*.md")
            .SelectMany(file => RetentionPeriod().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Days: m.Groups["days"].Value)))
            .ToList();

        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.True(p.Days == Defaults.ClosedCaseDays.ToString(CultureInfo.InvariantCulture), $"{p.File} says {p.Days} dagen"));
    }

    [Fact]
    public void An_Azure_installation_with_Graph_and_Application_Insights_says_so()
    {
        var page = PrivacyStatement.Render(Defaults with
        {
            Storage = StorageProvider.AzureTables,
            Calendar = CalendarProvider.Graph,
            ApplicationInsights = true,
            AzureRegion = "westeurope",
            BotServiceRegion = "global",
        });

        Assert.Contains("Opslag: Azure Table Storage van Microsoft, regio <code>westeurope</code>.", page, StringComparison.Ordinal);
        Assert.Contains("via Microsoft Graph in de agenda van de organisator in Exchange Online", page, StringComparison.Ordinal);
        Assert.Contains("Azure Application Insights is gekoppeld", page, StringComparison.Ordinal);
        Assert.Contains("instelling <code>global</code>: Microsoft kan de berichten in elke Azure-regio verwerken", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_value_cannot_add_markup() =>
        Assert.Contains("regio <code>&lt;b&gt;eu&lt;/b&gt;</code>", PrivacyStatement.Render(Defaults with { AzureRegion = "<b>eu</b>" }), StringComparison.Ordinal);

    [GeneratedRegex(@"(?<days>\d+) dagen na het sluiten")]
    private static partial Regex RetentionPeriod();
}
