using System.Text.Json.Nodes;

namespace OzaBot.Testing.Channel;

/// <summary>Teams-shaped activities as JSON, modelled on the payloads captured from the Agents Playground.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:test-app-id";
    public const string UserId = "29:user-1";

    public static JsonObject Message(string serviceUrl, string text, string? id = null, string conversationId = "a:personal-1", string conversationType = "personal") =>
        Envelope("message", serviceUrl, id, conversationId, conversationType, new JsonObject { ["text"] = text, ["textFormat"] = "plain", ["locale"] = "nl-NL" });

    public static JsonObject MembersAdded(string serviceUrl, string conversationId = "a:personal-1", string conversationType = "personal") =>
        Envelope("conversationUpdate", serviceUrl, null, conversationId, conversationType, new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId }, new JsonObject { ["id"] = BotId }),
        });

    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data, string conversationId = "a:personal-1") =>
        Envelope("invoke", serviceUrl, null, conversationId, "personal", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = "activity-card",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        });

    public static JsonObject Envelope(string type, string serviceUrl, string? id, string conversationId, string conversationType, JsonObject? extra = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["timestamp"] = "2026-11-23T09:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Gebruiker", ["aadObjectId"] = "00000000-0000-0000-0000-000000000020" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "OzaBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = conversationType,
                ["isGroup"] = conversationType != "personal",
                ["tenantId"] = "6f0c2b8e-1b7a-4c3e-9a51-0d6a3c9b7e21",
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "6f0c2b8e-1b7a-4c3e-9a51-0d6a3c9b7e21" } },
        };
        foreach (var (key, value) in extra ?? [])
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }
}
