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
