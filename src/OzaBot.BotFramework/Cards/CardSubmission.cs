using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// A button press on one of our cards, from either path Teams uses: an <c>adaptiveCard/action</c> invoke
/// (Action.Execute; answer in the HTTP response) or a message whose <c>value</c> holds the Action.Submit
/// fallback's data with its <c>verb</c>. The payload is untrusted: read <see cref="Data"/> through a
/// <see cref="SubmitReader"/>.
/// </summary>
public sealed class CardSubmission
{
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Largest payload we read (characters of JSON); cards send a few hundred.</summary>
    public const int MaxPayloadChars = 16 * 1024;

    public const int MaxVerbLength = 64;

    private CardSubmission(string verb, JsonObject data, bool isInvoke, bool isRefresh)
    {
        Verb = verb;
        Data = data;
        IsInvoke = isInvoke;
        IsRefresh = isRefresh;
    }

    public string Verb { get; }

    /// <summary>The action's data with the card's input values merged in (and without <c>verb</c>).</summary>
    public JsonObject Data { get; }

    /// <summary>True for Action.Execute: the answer is the invoke response (and a PUT of the shared message).</summary>
    public bool IsInvoke { get; }

    /// <summary>True when Teams refreshes the card by itself (<c>trigger: automatic</c>): never change shared messages then.</summary>
    public bool IsRefresh { get; }

    /// <summary>
    /// Reads a submission. Returns false with <paramref name="error"/> null when the activity is not a card
    /// submission at all, and false with a user-facing <paramref name="error"/> when it is one but malformed.
    /// </summary>
    public static bool TryRead(Activity activity, out CardSubmission? submission, out string? error)
    {
        ArgumentNullException.ThrowIfNull(activity);
        submission = null;
        error = null;
        var isInvoke = activity.Type == ActivityTypes.Invoke && activity.Name == InvokeName;
        var isSubmit = activity.Type == ActivityTypes.Message && activity.Value?.ValueKind == JsonValueKind.Object
            && activity.Value.Value.TryGetProperty("verb", out _);
        if (!isInvoke && !isSubmit)
        {
            return false;
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            error = CardTexts.UnknownButton(activity.Locale);
            return false;
        }

        if (value.GetRawText().Length > MaxPayloadChars)
        {
            error = CardTexts.TooLarge(activity.Locale);
            return false;
        }

        submission = isInvoke ? FromInvoke(value) : FromSubmit(value);
        if (submission is null)
        {
            error = CardTexts.UnknownButton(activity.Locale);
        }

        return submission is not null;
    }

    private static CardSubmission? FromInvoke(JsonElement value)
    {
        AdaptiveCardInvokeValue? invoke;
        try
        {
            invoke = value.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
            return null;
        }

        var action = invoke?.Action;
        if (action?.Type != CardRules.ExecuteType || !IsVerb(action.Verb))
        {
            return null;
        }

        var data = action.Data is { ValueKind: JsonValueKind.Object } element ? JsonNode.Parse(element.GetRawText())!.AsObject()
            : action.Data is null or { ValueKind: JsonValueKind.Null } ? new JsonObject()
            : null;
        return data is null ? null : new CardSubmission(action.Verb!, data, isInvoke: true, invoke!.Trigger == "automatic");
    }

    private static CardSubmission? FromSubmit(JsonElement value)
    {
        var data = JsonNode.Parse(value.GetRawText())!.AsObject();
        var verb = data["verb"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        if (!IsVerb(verb))
        {
            return null;
        }

        data.Remove("verb");
        return new CardSubmission(verb!, data, isInvoke: false, isRefresh: false);
    }

    private static bool IsVerb(string? verb) =>
        verb is { Length: > 0 and <= MaxVerbLength } && verb.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
