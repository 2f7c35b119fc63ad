using System.Globalization;
using System.Text.Json;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>Runs the manifest build command and the schema validator (tooling/manifest/*.mjs) as a user would.</summary>
internal static class ManifestTooling
{
    public const string BotId = "6b0c2f0e-3f7a-4c55-9d1e-2a8f4e7b9c10";
    public const string BotDomain = "app-ozabot-test.azurewebsites.net";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string ManifestDir => RepoPaths.Combine("manifest");

    public static async Task<(int ExitCode, string Output)> BuildAsync(string manifestDir, string outDir, string envName, params string[] variables)
    {
        await NodeTooling.EnsureInstalledAsync();
        var args = string.Join(' ', variables.Select(v => $"--var \"{v}\""));
        return await NodeTooling.RunNodeAsync(
            RepoPaths.Combine("tooling", "manifest", "build.mjs"),
            $"--env {envName} --manifest-dir \"{manifestDir}\" --out \"{outDir}\" {args}",
            Timeout);
    }

    public static Task<(int ExitCode, string Output)> BuildWithTestIdsAsync(string manifestDir, string outDir, string envName) =>
        BuildAsync(manifestDir, outDir, envName, $"BOT_ID={BotId}", $"BOT_DOMAIN={BotDomain}");

    /// <summary>Schema errors per file, from the official schemas in @microsoft/app-manifest.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(params string[] files)
    {
        await NodeTooling.EnsureInstalledAsync();
        var report = Path.Combine(Path.GetTempPath(), "ozabot-validate-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".json");
        try
        {
            var (_, output) = await NodeTooling.RunNodeAsync(
                RepoPaths.Combine("tooling", "manifest", "validate.mjs"),
                $"--report \"{report}\" " + string.Join(' ', files.Select(f => $"\"{f}\"")),
                Timeout);
            Assert.True(File.Exists(report), "validate.mjs wrote no report:\n" + output);
            return JsonSerializer.Deserialize<Dictionary<string, string[]>>(await File.ReadAllTextAsync(report))!;
        }
        finally
        {
            File.Delete(report);
        }
    }
}
