using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>The answer to a card: the submitted data (inputs merged in), the Action.Execute verb, or typed text.</summary>
public sealed record CardSubmission(JsonElement? Data, string? Verb, string? Text)
{
    /// <summary>A string input of the submitted data, or <c>null</c>.</summary>
    public string? GetString(string field) =>
        Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>
/// Sends a card (<see cref="PromptOptions.Prompt"/> with an Adaptive Card attachment) and takes as
/// the answer an Action.Submit (a message with <c>value</c> and no text), an Action.Execute
/// (<c>adaptiveCard/action</c> invoke, answered with a short message), or — when
/// <paramref name="allowText"/> — typed text. <paramref name="requiredInputs"/> must be non-empty in the data.
/// </summary>
public sealed class AdaptiveCardPrompt(
    string id,
    IReadOnlyList<string>? requiredInputs = null,
    bool allowText = true,
    PromptValidator<CardSubmission>? validator = null)
    : Prompt<CardSubmission>(id, validator)
{
    public const string InvokeName = "adaptiveCard/action";

    private const string MessageResponseType = "application/vnd.microsoft.activity.message";

    protected override bool IsAnswer(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Message || (activity.Type == ActivityTypes.Invoke && activity.Name == InvokeName);
    }

    protected override Task<PromptRecognizerResult<CardSubmission>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var texts = DialogTexts.For(activity.Locale);
        CardSubmission? submission;
        if (activity.Type == ActivityTypes.Invoke)
        {
            var action = activity.Value?.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue)?.Action;
            submission = action?.Type == "Action.Execute" ? new CardSubmission(action.Data, action.Verb, null) : null;
            var complete = submission is not null && HasRequiredInputs(submission);
            turnContext.InvokeResponse ??= MessageResponse(complete ? texts.CardReceived : texts.CardRetry);
        }
        else if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            submission = new CardSubmission(value, null, null);
        }
        else
        {
            var text = activity.Text?.Trim();
            submission = allowText && !string.IsNullOrEmpty(text) ? new CardSubmission(null, null, text) : null;
        }

        return Task.FromResult(submission is not null && HasRequiredInputs(submission)
            ? PromptRecognizerResult.Success(submission)
            : PromptRecognizerResult.Failure<CardSubmission>());
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.CardRetry;
    }

    /// <summary>Typed text has no inputs to check; card data must fill every required input.</summary>
    private bool HasRequiredInputs(CardSubmission submission) =>
        submission.Text is not null || requiredInputs is null || requiredInputs.All(field => !string.IsNullOrWhiteSpace(submission.GetString(field)));

    private static InvokeResponse MessageResponse(string message)
    {
        var body = new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = MessageResponseType,
            Value = JsonSerializer.SerializeToElement(message, BotJsonContext.Default.String),
        };
        return new InvokeResponse(200, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.AdaptiveCardInvokeResponse));
    }
}
