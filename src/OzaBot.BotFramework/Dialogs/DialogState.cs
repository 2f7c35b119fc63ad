using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// The persisted dialog stack, Bot Builder's shape: <c>{"dialogStack":[{"id":…,"state":{…}}]}</c>,
/// index 0 is the active dialog. Kept in conversation state through an
/// <c>IStatePropertyAccessor&lt;DialogState&gt;</c>; serialize it with <see cref="DialogJsonContext"/>.
/// </summary>
public sealed class DialogState
{
    [JsonPropertyName("dialogStack")]
    public List<DialogInstance> DialogStack { get; init; } = [];
}

/// <summary>One running dialog: its id, the code version that started it and its JSON state.</summary>
public sealed class DialogInstance
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The <see cref="Dialog.Version"/> at begin; a mismatch later restarts the dialog cleanly.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("state")]
    public JsonObject State { get; init; } = [];

    /// <summary>Typed state a dialog keeps live during one turn (never persisted; the JSON in <see cref="State"/> is).</summary>
    [JsonIgnore]
    internal object? LiveState { get; set; }
}
