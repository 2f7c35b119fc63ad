using System.Net;
using System.Text.Json.Nodes;
using OzaBot.Domain.Cases;
using OzaBot.Host.Tests.Deployment;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Privacy;

/// <summary>
/// <c>/privacy</c> and <c>/terms</c> on the real host: anonymous Dutch HTML that states the settings the host
/// runs with, loads nothing from elsewhere, passes axe on a phone in light and dark mode, and is where the
/// Teams manifest points.
/// </summary>
public sealed class PrivacyPagesTests(PrivacyHost host) : IClassFixture<PrivacyHost>
{
    private static readonly string[] Pages = ["/privacy", "/terms"];

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Is_a_Dutch_html_page_for_anyone_with_the_configured_retention(string path)
    {
        var response = await host.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme:dark)", html, StringComparison.Ordinal);
        Assert.Contains($"{PrivacyHost.ClosedCaseDays} dagen", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{RetentionOptions.DefaultClosedCaseDays} dagen", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Loads_no_script_style_or_anything_else_from_elsewhere(string path)
    {
        var response = await host.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_statement_names_the_configured_store_and_regions()
    {
        var html = await (await host.GetAsync("/privacy")).Content.ReadAsStringAsync();

        Assert.Contains("Opslag: een SQLite-bestand", html, StringComparison.Ordinal);
        Assert.Contains($"regio <code>{PrivacyHost.AzureRegion}</code>", html, StringComparison.Ordinal);
        Assert.Contains("Azure Bot Service (regio <code>westeurope</code>)", html, StringComparison.Ordinal);
        Assert.Contains("Agenda: OzaBot maakt een .ics-bestand", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Application Insights", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("privacyUrl", "Privacyverklaring OzaBot")]
    [InlineData("termsOfUseUrl", "Gebruiksvoorwaarden OzaBot")]
    public async Task The_manifest_links_to_pages_the_host_serves(string property, string title)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestTooling.ManifestDir, "manifest.json")))!;
        var url = new Uri(((string)manifest["developer"]![property]!).Replace("${{BOT_DOMAIN}}", "example.org", StringComparison.Ordinal));

        var response = await host.GetAsync(url.AbsolutePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{title}</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_pages_pass_axe_without_sideways_scrolling_on_a_phone_in_light_and_dark_mode()
    {
        await NodeTooling.EnsureChromiumAsync();
        var report = Path.Combine(Path.GetTempPath(), "ozabot-pages-" + Guid.NewGuid().ToString("N") + ".json");
        var urls = string.Join(' ', Pages.Select(p => $"\"{new Uri(host.Bot.MessagesUrl, p)}\""));
        try
        {
            var (exit, output) = await NodeTooling.RunNodeAsync(RepoPaths.Combine("tooling", "pages", "check.mjs"), $"--report \"{report}\" {urls}", TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, "check.mjs failed:\n" + output);

            var pages = JsonNode.Parse(await File.ReadAllTextAsync(report))!.AsObject();
            Assert.Equal(2, pages.Count);
            foreach (var (url, modes) in pages)
            {
                foreach (var (mode, result) in modes!.AsObject())
                {
                    Assert.True(result!["violations"]!.AsArray().Count == 0, $"{url} ({mode}): {result["violations"]!.ToJsonString()}");
                    Assert.False((bool)result["overflow"]!, $"{url} ({mode}) is wider than a phone");
                    Assert.Empty(result["external"]!.AsArray());
                }
            }
        }
        finally
        {
            File.Delete(report);
        }
    }
}
