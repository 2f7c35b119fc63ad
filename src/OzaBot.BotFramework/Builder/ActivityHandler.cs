using System.Text.Json;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// Dispatches a turn by activity type, as Bot Builder's ActivityHandler does. Unknown types are ignored
/// (the endpoint still answers 200). <c>adaptiveCard/action</c> invokes are answered with HTTP 200 and the
/// flat <c>{statusCode, type, value}</c> body Teams expects.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called with the members added other than the bot itself (nothing if only the bot was added).</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botWasAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot was uninstalled (installationUpdate remove) or removed from the conversation (conversationUpdate membersRemoved).</summary>
    protected virtual Task OnBotRemovedAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    private Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            return OnBotRemovedAsync(turnContext, cancellationToken);
        }

        if (activity.MembersAdded is not { Count: > 0 } added)
        {
            return Task.CompletedTask;
        }

        var others = added.Where(m => m.Id != botId).ToList();
        var botWasAdded = others.Count < added.Count;
        return OnMembersAddedAsync(others, botWasAdded, turnContext, cancellationToken);
    }

    private Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnBotRemovedAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    private async Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Name != AdaptiveCardActionInvoke)
        {
            return; // Not answered: the adapter replies 501.
        }

        AdaptiveCardInvokeValue? value = null;
        try
        {
            value = activity.Value?.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
        }

        if (value?.Action is null)
        {
            turnContext.InvokeResponse = AdaptiveCardResponses.Error(400, "BadRequest", "The action payload could not be read.");
            return;
        }

        var response = await OnAdaptiveCardInvokeAsync(value, turnContext, cancellationToken);
        turnContext.InvokeResponse = response is null
            ? AdaptiveCardResponses.Error(400, "NotSupported", "This action is not supported.")
            : new InvokeResponse(200, JsonSerializer.SerializeToElement(response, BotJsonContext.Default.AdaptiveCardInvokeResponse));
    }
}

/// <summary>Builders for the <c>adaptiveCard/action</c> answers of the Universal Action Model.</summary>
public static class AdaptiveCardResponses
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new() { StatusCode = 200, Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = MessageType, Value = JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String) };

    /// <summary>HTTP stays 200 (the Universal Action Model); the error is in the body's statusCode.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message)
    {
        var body = new AdaptiveCardInvokeResponse
        {
            StatusCode = statusCode,
            Type = ErrorType,
            Value = JsonSerializer.SerializeToElement(new ErrorDetail { Code = code, Message = message }, BotJsonContext.Default.ErrorDetail),
        };
        return new InvokeResponse(200, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.AdaptiveCardInvokeResponse));
    }
}
