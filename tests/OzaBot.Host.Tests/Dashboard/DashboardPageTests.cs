using System.Text.Json.Nodes;
using OzaBot.Host.Dashboard;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Cases;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Dashboard;

/// <summary>The coordinator's page in headless Chromium on a phone: axe, no sideways scrolling, nothing loaded from elsewhere, light and dark.</summary>
public sealed class DashboardPageTests : IAsyncLifetime
{
    private DashboardHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await DashboardHost.StartAsync();
        await DashboardCases.SeedAsync(_host.Cases, RunningBot.TenantId);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("dark", "<html lang=\"nl\" class=\"dark\">")]
    [InlineData("light", "<html lang=\"nl\" class=\"light\">")]
    [InlineData("default", "<html lang=\"nl\">")]
    public async Task The_theme_Teams_passes_is_the_pages_theme(string theme, string root)
    {
        using var response = await _host.GetAsync(DashboardEndpoints.Route + "?theme=" + theme, _host.CoordinatorToken);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(root, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_axe_without_sideways_scrolling_or_requests_elsewhere_on_a_phone_in_light_and_dark_mode()
    {
        var work = await ChromiumWorkDirAsync("ozabot-dashboard-");
        var report = Path.Combine(work, "report.json");
        var url = _host.Bot.Url(DashboardEndpoints.Route);
        try
        {
            var (exit, output) = await NodeTooling.RunNodeAsync(RepoPaths.Combine("tooling", "pages", "check.mjs"),
                $"--report \"{report}\" --authorization \"Bearer {_host.CoordinatorToken}\" --screenshots \"{work}\" \"{url}\"", TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, "check.mjs failed:\n" + output);

            var modes = await AssertPhoneReadyAsync(report, url);
            Assert.All(modes, mode => Assert.True(new FileInfo(Path.Combine(work, $"dashboard-{mode}.png")).Length > 0));

            CopyScreenshotsWhenAsked(work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task The_tab_page_Teams_opens_loads_TeamsJS_from_the_host_passes_axe_and_asks_nothing_of_another_origin()
    {
        var work = await ChromiumWorkDirAsync("ozabot-dashboard-tab-");
        var report = Path.Combine(work, "report.json");
        var url = _host.Bot.Url(DashboardEndpoints.Route);
        try
        {
            var (exit, output) = await NodeTooling.RunNodeAsync(RepoPaths.Combine("tooling", "pages", "check.mjs"), $"--report \"{report}\" --enforce-csp \"{url}\"", TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, "check.mjs failed:\n" + output);

            await AssertPhoneReadyAsync(report, url);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Inside_a_Teams_host_the_tab_gets_the_SSO_token_and_shows_the_figures_to_a_coordinator_only(bool coordinator)
    {
        var work = await ChromiumWorkDirAsync("ozabot-dashboard-teams-");
        var report = Path.Combine(work, "report.json");
        var token = coordinator ? _host.CoordinatorToken : _host.StandIn.Keys.TabToken(RunningBot.TenantId, RunningBot.AppId, [Guid.NewGuid().ToString()]);
        var url = _host.Bot.Url(DashboardEndpoints.Route + "?theme=default");
        try
        {
            var (exit, output) = await NodeTooling.RunNodeAsync(RepoPaths.Combine("tooling", "pages", "teams-tab.mjs"),
                $"--report \"{report}\" --token \"{token}\" --theme dark \"{url}\"", TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, "teams-tab.mjs failed:\n" + output);

            var result = JsonNode.Parse(await File.ReadAllTextAsync(report))!;
            Assert.Contains("authentication.getAuthToken", result["calls"]!.AsArray().Select(c => (string?)c));
            Assert.Equal("dark", (string?)result["rootClass"]);
            Assert.Empty(result["external"]!.AsArray());
            Assert.Empty(result["violations"]!.AsArray());
            if (coordinator)
            {
                Assert.Equal(string.Empty, (string?)result["status"]);
                Assert.Contains("Totaal", (string?)result["main"], StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("alleen voor coördinatoren", (string?)result["status"], StringComparison.Ordinal);
                Assert.DoesNotContain("Totaal", (string?)result["main"], StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>check.mjs's report for <paramref name="url"/>: light and dark, no axe violation, no sideways scrolling, nothing from elsewhere.</summary>
    private static async Task<IReadOnlyList<string>> AssertPhoneReadyAsync(string report, Uri url)
    {
        var modes = JsonNode.Parse(await File.ReadAllTextAsync(report))![url.ToString()]!.AsObject();
        Assert.Equal(["light", "dark"], modes.Select(m => m.Key));
        foreach (var (mode, result) in modes)
        {
            Assert.True(result!["violations"]!.AsArray().Count == 0, $"{mode}: {result["violations"]!.ToJsonString()}");
            Assert.False((bool)result["overflow"]!, $"{mode}: wider than a phone");
            Assert.Empty(result["external"]!.AsArray());
        }

        return [.. modes.Select(m => m.Key)];
    }

    /// <summary>Debian's chromium and the page tooling installed, and an empty folder for one test's reports.</summary>
    private static async Task<string> ChromiumWorkDirAsync(string prefix)
    {
        await NodeTooling.EnsureChromiumAsync();
        return Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>With OZABOT_SCREENSHOTS=1 the screenshots replace the ones in docs/dashboard/ (the README shows them).</summary>
    private static void CopyScreenshotsWhenAsked(string work)
    {
        if (Environment.GetEnvironmentVariable("OZABOT_SCREENSHOTS") != "1")
        {
            return;
        }

        foreach (var mode in new[] { "light", "dark" })
        {
            File.Copy(Path.Combine(work, $"dashboard-{mode}.png"), RepoPaths.Combine("docs", "dashboard", $"dashboard-{mode}.png"), overwrite: true);
        }
    }
}
