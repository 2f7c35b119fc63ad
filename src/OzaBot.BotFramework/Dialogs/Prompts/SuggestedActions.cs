using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Adds <c>suggestedActions</c> (imBack buttons; Teams shows them in 1:1 chats) to an outgoing
/// activity. The schema has no typed property for them, so they go into the extension data,
/// which serializes as a top-level field.
/// </summary>
internal static class SuggestedActions
{
    public const string FieldName = "suggestedActions";

    public static void Add(Activity activity, IEnumerable<string> titles)
    {
        var actions = new JsonArray();
        foreach (var title in titles)
        {
            actions.Add(new JsonObject { ["type"] = "imBack", ["title"] = title, ["value"] = title });
        }

        var node = new JsonObject { ["actions"] = actions };
        activity.ExtensionData ??= new Dictionary<string, JsonElement>();
        activity.ExtensionData[FieldName] = JsonSerializer.SerializeToElement(node, DialogJsonContext.Default.JsonObject);
    }
}
