using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// The real Bicep CLI from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c> (a PackageDownload of this
/// test project), run in the repository root; and infra/main.bicep compiled by it into ARM JSON, once per run.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<JsonObject> LazyMainTemplate = new(BuildMain);

    public static string Executable { get; } = Path.Combine(
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!, "tools", "bicep");

    /// <summary>infra/main.bicep with every module, as the ARM template Azure receives.</summary>
    public static JsonObject MainTemplate => LazyMainTemplate.Value;

    /// <summary>Runs the CLI; returns its exit code and everything it printed (diagnostics go to stderr).</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (stdout.Result + stderr).Trim());
    }

    /// <summary>The nested template of a module deployment in main.bicep (e.g. "web").</summary>
    public static JsonObject Module(string name) =>
        MainTemplate["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name)!["properties"]!["template"]!.AsObject();

    private static JsonObject BuildMain()
    {
        var output = Path.Combine(Path.GetTempPath(), $"ozabot-main-{Guid.NewGuid():N}.json");
        var (exitCode, printed) = Run("build", "infra/main.bicep", "--outfile", output);

        // Warnings count as errors: a clean build prints nothing.
        Assert.True(exitCode == 0 && printed.Length == 0, printed);
        var template = JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        File.Delete(output);
        return template;
    }
}
