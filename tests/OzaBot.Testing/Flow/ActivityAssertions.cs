using System.Text.Json;
using OzaBot.BotFramework.Schema;

namespace OzaBot.Testing.Flow;

public static class ActivityAssertions
{
    /// <summary>The titles of the reply's <c>suggestedActions</c> buttons (empty when it has none).</summary>
    public static IReadOnlyList<string> SuggestedActionTitles(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ExtensionData?.TryGetValue("suggestedActions", out var suggested) != true ||
            !suggested.TryGetProperty("actions", out var actions))
        {
            return [];
        }

        return actions.EnumerateArray().Select(a => a.GetProperty("title").GetString() ?? string.Empty).ToList();
    }

    /// <summary>A compact string of a JSON element (for golden-shape assertions).</summary>
    public static string ToCompactJson(this JsonElement element) => JsonSerializer.Serialize(element, BotJsonContext.Default.JsonElement);
}
