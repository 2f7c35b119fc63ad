using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>The zip that the build command writes, read back with .NET's own zip reader.</summary>
public sealed class AppPackageTests(BuiltPackageFixture package) : IClassFixture<BuiltPackageFixture>
{
    [Fact]
    public void Holds_exactly_the_manifest_icons_and_localization_file_at_its_root()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);

        Assert.Equal(
            ["color.png", "en-us.json", "manifest.json", "outline.png"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_bot_id_and_domain_are_filled_in_everywhere()
    {
        var manifestText = File.ReadAllText(Path.Combine(package.Unpacked, "manifest.json"));
        var manifest = JsonNode.Parse(manifestText)!;

        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);
        Assert.DoesNotContain("${{", File.ReadAllText(Path.Combine(package.Unpacked, "en-us.json")), StringComparison.Ordinal);
        Assert.Equal(ManifestTooling.BotId, (string)manifest["bots"]![0]!["botId"]!);
        Assert.Equal(ManifestTooling.BotId, (string)manifest["id"]!); // TEAMS_APP_ID defaults to BOT_ID
        Assert.Equal([ManifestTooling.BotDomain, "token.botframework.com"], manifest["validDomains"]!.AsArray().Select(d => (string)d!)); // the sign-in card's fallback page
        Assert.Equal(ManifestTooling.BotId, (string)manifest["webApplicationInfo"]!["id"]!); // Teams SSO: the token is for the bot's app
        Assert.Equal($"api://{ManifestTooling.BotDomain}/botid-{ManifestTooling.BotId}", (string)manifest["webApplicationInfo"]!["resource"]!); // a bot with a tab: the domain too
        Assert.StartsWith($"https://{ManifestTooling.BotDomain}/", (string)manifest["developer"]!["privacyUrl"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void Icons_are_packaged_unchanged(string icon) =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(ManifestTooling.ManifestDir, icon)), File.ReadAllBytes(Path.Combine(package.Unpacked, icon)));

    [Fact]
    public async Task Without_a_bot_id_the_build_names_what_is_missing_and_writes_nothing()
    {
        using var temp = new TempFolder();

        var (exit, output) = await ManifestTooling.BuildAsync(ManifestTooling.ManifestDir, temp.Combine("out"), "nobot", $"BOT_DOMAIN={ManifestTooling.BotDomain}", "BOT_ID=");

        Assert.Equal(1, exit);
        Assert.Contains("no value for ${{BOT_ID}}", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public async Task A_url_instead_of_a_host_name_is_refused()
    {
        using var temp = new TempFolder();

        var (exit, output) = await ManifestTooling.BuildAsync(ManifestTooling.ManifestDir, temp.Combine("out"), "url", $"BOT_ID={ManifestTooling.BotId}", "BOT_DOMAIN=https://example.org/api");

        Assert.Equal(1, exit);
        Assert.Contains("BOT_DOMAIN must be a bare host name", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_bot_id_and_domain_from_the_azd_environment_outputs()
    {
        // azd up writes the Bicep outputs to .azure/<env>/.env; the build takes them from there.
        var envName = "test" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8];
        var azureDir = RepoPaths.Combine(".azure");
        var hadAzureDir = Directory.Exists(azureDir);
        var envDir = Path.Combine(azureDir, envName);
        Directory.CreateDirectory(envDir);
        using var temp = new TempFolder();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(envDir, ".env"), $"AZURE_ENV_NAME=\"{envName}\"\nBOT_ID=\"{ManifestTooling.BotId}\"\nBOT_DOMAIN=\"azd.example.org\"\n");

            var (exit, output) = await ManifestTooling.BuildAsync(ManifestTooling.ManifestDir, temp.Combine("out"), envName);

            Assert.True(exit == 0, output);
            using var zip = ZipFile.OpenRead(temp.Combine($"out/ozabot-{envName}.zip"));
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
            Assert.Equal("azd.example.org", (string)manifest["validDomains"]![0]!);
        }
        finally
        {
            Directory.Delete(hadAzureDir ? envDir : azureDir, recursive: true);
        }
    }
}
