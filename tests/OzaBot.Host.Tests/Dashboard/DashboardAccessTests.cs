using System.Net;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Cases.Reporting;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using OzaBot.Host.Dashboard;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Cases;

namespace OzaBot.Host.Tests.Dashboard;

/// <summary>The dashboard on a real socket: a coordinator's figures from the host's SQLite store, and 403 for everyone else.</summary>
public sealed class DashboardAccessTests : IAsyncLifetime
{
    private DashboardHost _host = null!;

    public enum Caller
    {
        NoToken,
        Garbage,
        NotInCoordinatorGroup,
        OtherTenant,
        WrongAudience,
        Expired,
        SignedByAnotherKey,
    }

    public async Task InitializeAsync() => _host = await DashboardHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_coordinator_sees_the_tenants_figures_and_no_case_code_on_the_page_or_in_the_CSV()
    {
        await DashboardCases.SeedAsync(_host.Cases, RunningBot.TenantId);
        var codes = (await _host.Cases.ListByTenantAsync(RunningBot.TenantId)).Select(c => c.Code).ToList();

        using var page = await _host.GetAsync(DashboardEndpoints.Route, _host.CoordinatorToken);
        using var csv = await _host.GetAsync(DashboardEndpoints.CsvRoute + "?schooljaar=2026-2027", _host.CoordinatorToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var expected = DashboardCases.Expected(ProcessCatalogue.Default);
        Assert.All(expected, row => Assert.Contains(WebUtility.HtmlEncode(row.Category) + "</th><td class=\"value\">" + WebUtility.HtmlEncode(row.Value) + "</td>", html, StringComparison.Ordinal));
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DashboardCsv.Render(expected), await csv.Content.ReadAsStringAsync());
        Assert.All(codes, code => Assert.DoesNotContain(code, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_figures_can_be_narrowed_to_an_organisation_with_at_least_five_cases_and_a_smaller_one_is_not_offered()
    {
        await DashboardCases.SeedAsync(_host.Cases, RunningBot.TenantId);
        var lone = Case.Open(ProcessCatalogue.Default, Track.OzaIndividueel, null, new Actor("aad-owner", DashboardCases.Start)).Value!;
        await _host.Cases.SaveAsync(new StoredCase(lone, new CaseMeta { TenantId = RunningBot.TenantId, Label = "Basisschool De Linde" }));

        using var page = await _host.GetAsync(DashboardEndpoints.Route + "?organisatie=" + Uri.EscapeDataString(DashboardCases.NorthRegion), _host.CoordinatorToken);
        using var csv = await _host.GetAsync(DashboardEndpoints.CsvRoute + "?organisatie=" + Uri.EscapeDataString(DashboardCases.NorthRegion), _host.CoordinatorToken);
        using var small = await _host.GetAsync(DashboardEndpoints.CsvRoute + "?organisatie=" + Uri.EscapeDataString("Basisschool De Linde"), _host.CoordinatorToken);

        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"Regio Noord\" selected>Regio Noord</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Regio\">Regio</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("De Linde", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard.csv?organisatie=Regio%20Noord\"", html, StringComparison.Ordinal);
        var rows = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"Zaken\";\"Totaal\";\"5\"", rows, StringComparison.Ordinal);
        Assert.Contains($"\"{DashboardFigures.OverdueByRole}\";\"school\";\"5\"", rows, StringComparison.Ordinal);
        Assert.Contains("\"Zaken\";\"Totaal\";\"17\"", await small.Content.ReadAsStringAsync(), StringComparison.Ordinal); // not a filter: all cases
    }

    [Fact]
    public async Task A_tenant_with_three_cases_shows_no_breakdown()
    {
        var actor = new Actor("aad-owner", DashboardCases.Start);
        foreach (var track in new[] { Track.OzaIndividueel, Track.OzaGroep, Track.ZioSchool })
        {
            await _host.Cases.SaveAsync(new StoredCase(Case.Open(ProcessCatalogue.Default, track, "JB", actor).Value!, new CaseMeta { TenantId = RunningBot.TenantId, Label = "Regio" }));
        }

        using var csv = await _host.GetAsync(DashboardEndpoints.CsvRoute, _host.CoordinatorToken);

        Assert.Equal("Onderdeel;Categorie;Waarde\r\n\"Zaken\";\"Totaal\";\"< 5\"\r\n", await csv.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Caller.NoToken)]
    [InlineData(Caller.Garbage)]
    [InlineData(Caller.NotInCoordinatorGroup)]
    [InlineData(Caller.OtherTenant)]
    [InlineData(Caller.WrongAudience)]
    [InlineData(Caller.Expired)]
    [InlineData(Caller.SignedByAnotherKey)]
    public async Task Anyone_but_a_coordinator_of_the_tenant_gets_403_and_no_figures(Caller caller)
    {
        await DashboardCases.SeedAsync(_host.Cases, RunningBot.TenantId);
        var keys = _host.StandIn.Keys;
        string[] coordinators = [DashboardHost.CoordinatorGroup];
        var token = caller switch
        {
            Caller.NoToken => null,
            Caller.Garbage => "not-a-jwt",
            Caller.NotInCoordinatorGroup => keys.TabToken(RunningBot.TenantId, RunningBot.AppId, [Guid.NewGuid().ToString()]),
            Caller.OtherTenant => keys.TabToken(Guid.NewGuid().ToString(), RunningBot.AppId, coordinators),
            Caller.WrongAudience => keys.TabToken(RunningBot.TenantId, "api://another-app", coordinators),
            Caller.Expired => keys.TabToken(RunningBot.TenantId, RunningBot.AppId, coordinators, expires: DateTimeOffset.UtcNow.AddMinutes(-10)),
            Caller.SignedByAnotherKey => keys.TabToken(RunningBot.TenantId, RunningBot.AppId, coordinators, key: keys.Forger),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };

        // Without any token the tab's own address gives the page that fetches the figures with one (TabPage tests).
        string[] routes = caller == Caller.NoToken ? [DashboardEndpoints.CsvRoute] : [DashboardEndpoints.Route, DashboardEndpoints.CsvRoute];
        foreach (var route in routes)
        {
            using var response = await _host.GetAsync(route, token);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Teams_opening_the_tab_without_a_token_gets_the_page_that_fetches_the_figures_with_one_and_no_figures()
    {
        await DashboardCases.SeedAsync(_host.Cases, RunningBot.TenantId);

        using var shell = await _host.GetAsync(DashboardEndpoints.Route + "?theme=dark", token: null);
        using var teamsJs = await _host.GetAsync(DashboardTab.TeamsJsRoute, token: null);
        using var license = await _host.GetAsync(DashboardTab.TeamsJsLicenseRoute, token: null);
        using var script = await _host.GetAsync(DashboardTab.ScriptRoute, token: null);

        var html = await shell.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, shell.StatusCode);
        Assert.Contains("<html lang=\"nl\" class=\"dark\">", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{DashboardTab.TeamsJsRoute}\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'; connect-src 'self'", shell.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", teamsJs.Content.Headers.ContentType?.MediaType);
        Assert.Contains("microsoftTeams", await teamsJs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Microsoft Corporation", await license.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("authentication.getAuthToken()", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
