using OzaBot.Testing.Tooling;
using YamlDotNet.RepresentationModel;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>azure.yaml points azd at infra/ and at the host project, under the service name the Bicep tags.</summary>
public sealed class AzureYamlTests
{
    private static readonly YamlMappingNode Root = LoadRoot();

    [Fact]
    public void Points_at_the_Bicep_in_infra()
    {
        var infra = (YamlMappingNode)Root["infra"];

        Assert.Equal("bicep", Scalar(infra, "provider"));
        Assert.True(File.Exists(RepoPaths.Combine(Scalar(infra, "path"), Scalar(infra, "module") + ".bicep")));
    }

    [Fact]
    public void Deploys_the_host_project_to_the_app_service_tagged_with_its_service_name()
    {
        var services = (YamlMappingNode)Root["services"];
        var (name, node) = Assert.Single(services.Children);
        var service = (YamlMappingNode)node;

        Assert.Equal("dotnet", Scalar(service, "language"));
        Assert.Equal("appservice", Scalar(service, "host"));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Combine(Scalar(service, "project")), "OzaBot.Host.csproj")));
        Assert.Contains($"\n    serviceName: '{((YamlScalarNode)name).Value}'\n", BicepFile.Load("main.bicep").Block("module web "), StringComparison.Ordinal);
        Assert.Contains("tags: union(tags, { 'azd-service-name': serviceName })", BicepFile.Load("modules", "appservice.bicep").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_the_app_package_after_provisioning()
    {
        var hook = (YamlMappingNode)Root["hooks"]["postprovision"];

        foreach (var os in new[] { "posix", "windows" })
        {
            var run = Scalar((YamlMappingNode)hook[os], "run");
            Assert.Equal("node tooling/manifest/build.mjs", run);
        }

        Assert.True(File.Exists(RepoPaths.Combine("tooling", "manifest", "build.mjs")));
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static YamlMappingNode LoadRoot()
    {
        using var reader = new StreamReader(RepoPaths.Combine("azure.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
