using System.Text.Json.Nodes;
using OzaBot.Testing.Tooling;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>Runs one of the tooling/cards node scripts on a whole batch: JSON in a file, JSON back from a file.</summary>
internal static class OfficialNode
{
    public static async Task<JsonArray> RunBatchAsync(string script, JsonArray input)
    {
        await NodeTooling.EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("ozabot-cards-");
        try
        {
            var inputPath = Path.Combine(folder.FullName, "input.json");
            var outputPath = Path.Combine(folder.FullName, "output.json");
            await File.WriteAllTextAsync(inputPath, input.ToJsonString());
            var scriptPath = Path.Combine(NodeTooling.Folder, "cards", script);
            var (exit, output) = await NodeTooling.RunNodeAsync(scriptPath, $"\"{inputPath}\" \"{outputPath}\"", TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, $"{script} failed:\n{output}");
            return JsonNode.Parse(await File.ReadAllTextAsync(outputPath))!.AsArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Results keyed by their <c>name</c>.</summary>
    public static Dictionary<string, JsonObject> ByName(JsonArray results) =>
        results.Select(r => r!.AsObject()).ToDictionary(r => r["name"]!.GetValue<string>(), StringComparer.Ordinal);
}
