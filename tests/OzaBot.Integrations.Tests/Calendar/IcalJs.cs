using System.Text.Json;
using OzaBot.Testing.Tooling;

namespace OzaBot.Integrations.Tests.Calendar;

/// <summary>Runs tooling/calendar/parse-ics.mjs (npm ical.js) on an .ics text and returns what it parsed.</summary>
internal static class IcalJs
{
    public static async Task<JsonElement> ParseAsync(string ics)
    {
        await NodeTooling.EnsureInstalledAsync();
        var file = Path.Combine(Path.GetTempPath(), $"ozabot-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, ics);
        try
        {
            var script = RepoPaths.Combine("tooling", "calendar", "parse-ics.mjs");
            var (exit, output) = await NodeTooling.RunNodeAsync(script, $"\"{file}\"", TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, "ical.js could not parse the file:\n" + output);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
