using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OzaBot.Conversations;

[JsonSerializable(typeof(JsonObject))]
internal sealed partial class ConversationsJsonContext : JsonSerializerContext;
