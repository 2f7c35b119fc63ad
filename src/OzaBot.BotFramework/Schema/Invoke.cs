using System.Text.Json;

namespace OzaBot.BotFramework.Schema;

/// <summary>The HTTP answer to an invoke: the status code and the JSON body written as the response.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body);

/// <summary><c>value</c> of an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> or <c>automatic</c> (a refresh).</summary>
    public string? Trigger { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public JsonElement? Data { get; set; }
}

/// <summary>The flat body Teams expects for <c>adaptiveCard/action</c>: {statusCode, type, value}.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; set; }

    public string? Type { get; set; }

    public JsonElement? Value { get; set; }
}

/// <summary>Body of a <c>deliveryMode: expectReplies</c> answer.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}
