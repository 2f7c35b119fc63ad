using System.Xml.Linq;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests;

/// <summary>The layer rule of docs/architecture: each project may reference only the layers below it.</summary>
public sealed class DependencyRuleTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "OzaBot.BotFramework", [] },
        { "OzaBot.Domain", [] },
        { "OzaBot.Conversations", ["OzaBot.Domain", "OzaBot.BotFramework"] },
        { "OzaBot.Integrations", ["OzaBot.Domain", "OzaBot.BotFramework"] },
        { "OzaBot.Host", ["OzaBot.BotFramework", "OzaBot.Domain", "OzaBot.Conversations", "OzaBot.Integrations"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_project_references_only_the_layers_it_may(string project, string[] allowed)
    {
        var csproj = XDocument.Load(RepoPaths.Combine("src", project, project + ".csproj"));
        var references = csproj.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    /// <summary>
    /// The packages each layer may use: the domain none (plain .NET), the conversation layer only DI, the Bot
    /// Framework layer token validation and its own outbound credentials; storage, Graph and Azure stay in
    /// Integrations, telemetry exporters in the host.
    /// </summary>
    public static TheoryData<string, string[]> AllowedPackages => new()
    {
        { "OzaBot.Domain", [] },
        { "OzaBot.Conversations", ["Microsoft.Extensions.DependencyInjection.Abstractions"] },
        { "OzaBot.BotFramework", ["Microsoft.IdentityModel.JsonWebTokens", "Microsoft.Identity.Client", "Azure.Identity", "Microsoft.Extensions.Logging.Abstractions"] },
        {
            "OzaBot.Integrations",
            [
                "Microsoft.Data.Sqlite", "SQLitePCLRaw.bundle_e_sqlite3", "SQLitePCLRaw.core", "Azure.Data.Tables", "Azure.Identity", "Microsoft.Graph",
                "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions",
                "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options.ConfigurationExtensions",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(AllowedPackages))]
    public void A_project_uses_only_the_packages_its_layer_may(string project, string[] allowed)
    {
        var csproj = XDocument.Load(RepoPaths.Combine("src", project, project + ".csproj"));
        var packages = csproj.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();

        Assert.All(packages, p => Assert.Contains(p, allowed));
    }

    [Fact]
    public void The_compiled_assemblies_agree_with_the_rule()
    {
        var ours = new[] { typeof(BotFramework.Builder.IBot).Assembly, typeof(Conversations.OzaAssistant).Assembly, typeof(OzaBotApp).Assembly };
        var botFrameworkRefs = ours[0].GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("OzaBot.", StringComparison.Ordinal));
        var conversationRefs = ours[1].GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("OzaBot.", StringComparison.Ordinal));

        Assert.Empty(botFrameworkRefs);
        Assert.DoesNotContain("OzaBot.Integrations", conversationRefs);
        Assert.DoesNotContain("OzaBot.Host", conversationRefs);
    }
}
