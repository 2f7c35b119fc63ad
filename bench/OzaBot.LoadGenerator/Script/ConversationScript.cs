using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.LoadGenerator.Script;

/// <summary>
/// One conversation, as data (bench/scripts/*.json): the turns a virtual user plays, in order, in a
/// fresh conversation each time it starts the script again.
/// </summary>
internal sealed class ConversationScript
{
    public string Name { get; set; } = "script";

    public string? Description { get; set; }

    /// <summary>The locale the virtual users' Teams client sends (nl-NL: the bot answers in Dutch).</summary>
    public string Locale { get; set; } = "nl-NL";

    public IReadOnlyList<ScriptTurn> Turns { get; set; } = [];

    /// <summary>Whether any turn takes its data from the last card (then replies with cards are parsed).</summary>
    [JsonIgnore]
    public bool ReadsCards => Turns.Any(t => t.FromCard);
}

/// <summary>What a turn does: join (conversationUpdate), send text, submit a card, or invoke a card action.</summary>
internal enum TurnAction
{
    Join,
    Send,
    Submit,
    Invoke,
}

/// <summary>One turn of a script.</summary>
internal sealed class ScriptTurn
{
    [JsonPropertyName("do")]
    public TurnAction Do { get; set; }

    /// <summary>The message text (<c>send</c>).</summary>
    public string? Text { get; set; }

    /// <summary>The invoke's <c>action.verb</c> (<c>invoke</c>); also picks the card action when <see cref="FromCard"/>.</summary>
    public string? Verb { get; set; }

    /// <summary>The submit's <c>value</c> or the invoke's <c>action.data</c>; merged over the card's own data when <see cref="FromCard"/>.</summary>
    public JsonElement? Data { get; set; }

    /// <summary>
    /// Start from the data of an action on the last card the bot sent (the Action.Execute with <see cref="Verb"/>,
    /// or for a submit the Action.Submit whose title is <see cref="Title"/>, else the first one), as a Teams client does.
    /// </summary>
    public bool FromCard { get; set; }

    /// <summary>For a submit with <see cref="FromCard"/>: the title of the Action.Submit to press.</summary>
    public string? Title { get; set; }

    /// <summary>
    /// How many replies (Connector POST/PUT other than typing) end the turn, or <c>"quiet"</c>: the turn ends once
    /// the HTTP response is in and no reply arrived for the quiet period. An invoke's HTTP response body is its reply
    /// and is not counted here.
    /// </summary>
    public JsonElement? Replies { get; set; }

    /// <summary>Optional check: this text must occur in one of the turn's replies, else the turn counts as an error.</summary>
    public string? Contains { get; set; }

    [JsonIgnore]
    public int? ExpectedReplies => Replies is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : null;
}
