using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Json;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// Source-generated (reflection-free) serialization of the dialog stack and prompt options.
/// State accessors for <see cref="DialogState"/> should use <c>DialogJsonContext.Default.DialogState</c>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(RawJsonElementConverter)])]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(DeferredJson))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
