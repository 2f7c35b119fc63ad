using System.Net;
using System.Text.Json.Nodes;
using OzaBot.Domain.Cases;
using OzaBot.Host.Tests.Deployment;
using OzaBot.Host.Tests.Protocol;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>The privacy statement and terms the manifest links to, served by the real host with the installation's own facts.</summary>
public sealed class TransparencyPageTests
{
    [Theory]
    [InlineData("privacyUrl")]
    [InlineData("termsOfUseUrl")]
    public async Task The_manifests_links_are_Dutch_pages_that_name_the_configured_retention_period(string property)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestTooling.ManifestDir, "manifest.json")))!;
        var path = new Uri(manifest["developer"]![property]!.GetValue<string>().Replace("${{BOT_DOMAIN}}", "bot.example", StringComparison.Ordinal)).AbsolutePath;
        await using var bot = await RunningBot.StartDevelopmentAsync("--Retention:ClosedCaseDays=90");

        var response = await bot.Http.GetAsync(new Uri(bot.MessagesUrl, path));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("90 dagen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase); // no external resources
    }

    [Fact]
    public async Task The_privacy_statement_tells_how_long_export_links_work_and_where_the_data_is()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();

        var html = await bot.Http.GetStringAsync(new Uri(bot.MessagesUrl, "/privacy"));

        Assert.Contains($"{RetentionOptions.DefaultClosedCaseDays} dagen", html, StringComparison.Ordinal);
        Assert.Contains("24 uur", html, StringComparison.Ordinal);
        Assert.Contains("SQLite", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_states_the_same_retention_default_as_the_code()
    {
        var readme = File.ReadAllText(OzaBot.Testing.Tooling.RepoPaths.Combine("README.md"));
        Assert.Contains($"| `Retention:ClosedCaseDays` | `{RetentionOptions.DefaultClosedCaseDays}` |", readme, StringComparison.Ordinal);
    }
}
