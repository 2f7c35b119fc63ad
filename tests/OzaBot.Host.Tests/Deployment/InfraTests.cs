using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// What the Bicep compiler (BicepCompileTests) cannot know: the parameters file, the link between the infra
/// outputs and the manifest placeholders, and the settings we require, read from the Bicep text.
/// </summary>
public sealed partial class InfraTests
{
    private static readonly BicepFile Main = BicepFile.Load("main.bicep");

    [Fact]
    public void The_parameters_file_matches_the_parameters_of_main()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject();

        Assert.All(file.Select(p => p.Key), name => Assert.True(Main.Parameters.ContainsKey(name), $"main.bicep has no parameter '{name}'"));
        Assert.All(Main.Parameters.Where(p => !p.Value).Select(p => p.Key), name => Assert.True(file.ContainsKey(name), $"required parameter '{name}' is not in main.parameters.json"));
    }

    [Fact]
    public void The_manifest_placeholders_are_infra_outputs()
    {
        var manifest = File.ReadAllText(Path.Combine(ManifestTooling.ManifestDir, "manifest.json"));
        var placeholders = Placeholder().Matches(manifest + File.ReadAllText(Path.Combine(ManifestTooling.ManifestDir, "en-us.json")))
            .Select(m => m.Groups["name"].Value).ToHashSet();

        Assert.Equal(["BOT_DOMAIN", "BOT_ID", "TEAMS_APP_ID"], placeholders.Order(StringComparer.Ordinal));
        Assert.Contains("BOT_ID", Main.Outputs);
        Assert.Contains("BOT_DOMAIN", Main.Outputs);
        Assert.Equal("${{BOT_ID}}", (string)JsonNode.Parse(manifest)!["bots"]![0]!["botId"]!);
        // TEAMS_APP_ID is not an output: the build command defaults it to BOT_ID.
        Assert.Contains("variables.TEAMS_APP_ID ??= variables.BOT_ID", File.ReadAllText(RepoPaths.Combine("tooling", "manifest", "build.mjs")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_registration_the_app_setting_and_the_manifest_use_one_app_id()
    {
        var botId = Main.OutputExpression("BOT_ID");

        Assert.Contains($"\n    appId: {botId}\n", Main.Block("module bot "), StringComparison.Ordinal);
        Assert.Contains($"\n    botAppId: {botId}\n", Main.Block("module web "), StringComparison.Ordinal);
        Assert.Contains("\n  Bot__AppId: botAppId\n", BicepFile.Load("modules", "appservice.bicep").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_domain_is_the_web_app_and_Teams_posts_to_api_messages()
    {
        Assert.Equal("web.outputs.defaultHostName", Main.OutputExpression("BOT_DOMAIN"));
        Assert.Contains("\n    messagingEndpoint: 'https://${web.outputs.defaultHostName}/api/messages'\n", Main.Block("module bot "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modules/appservice.bicep", "linuxFxVersion: 'DOTNETCORE|10.0'")]
    [InlineData("modules/appservice.bicep", "reserved: true // Linux")]
    [InlineData("modules/appservice.bicep", "httpsOnly: true")]
    [InlineData("modules/appservice.bicep", "ftpsState: 'Disabled'")]
    [InlineData("modules/appservice.bicep", "alwaysOn: true")]
    [InlineData("modules/appservice.bicep", "minTlsVersion: '1.2'")]
    [InlineData("modules/appservice.bicep", "healthCheckPath: '/readyz'")]
    [InlineData("modules/appservice.bicep", "type: 'UserAssigned'")]
    [InlineData("modules/storage.bicep", "allowSharedKeyAccess: false")]
    [InlineData("modules/storage.bicep", "allowBlobPublicAccess: false")]
    [InlineData("modules/storage.bicep", "minimumTlsVersion: 'TLS1_2'")]
    [InlineData("modules/storage.bicep", "var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'")]
    [InlineData("modules/storage.bicep", "scope: tables[i]")]
    [InlineData("modules/storage.bicep", "var tableNames = [tableName, '${tableName}cases']")]
    [InlineData("modules/bot.bicep", "msaAppType: appType")]
    [InlineData("modules/bot.bicep", "msaAppTenantId: tenantId")]
    [InlineData("modules/bot.bicep", "channelName: 'MsTeamsChannel'")]
    [InlineData("modules/monitoring.bicep", "WorkspaceResourceId: logAnalytics.id")]
    public void Required_setting_is_in_place(string file, string line)
    {
        var text = BicepFile.Load(file.Split('/')).Text;

        Assert.Matches(new Regex($@"\n[ ]*{Regex.Escape(line)}\n"), text);
    }

    [Fact]
    public void No_new_multi_tenant_bot_can_be_configured()
    {
        foreach (var file in new[] { "main.bicep", "modules/bot.bicep", "modules/appservice.bicep" })
        {
            var text = BicepFile.Load(file.Split('/')).Text;
            Assert.Contains("@allowed(['UserAssignedMSI', 'SingleTenant'])", text, StringComparison.Ordinal);
            Assert.DoesNotContain("MultiTenant", text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\$\{\{(?<name>[A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();
}
