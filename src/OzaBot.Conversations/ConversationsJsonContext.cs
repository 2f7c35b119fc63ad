using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OzaBot.Conversations.Cases;

namespace OzaBot.Conversations;

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(ConversationData))]
[JsonSerializable(typeof(Reminders.ConversationReference))]
[JsonSerializable(typeof(Reminders.ReminderRecord))]
internal sealed partial class ConversationsJsonContext : JsonSerializerContext;
