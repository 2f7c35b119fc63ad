using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>Any typed text (trimmed). A card submit without text is not an answer.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult.Failure<string>()
            : PromptRecognizerResult.Success(text));
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.TextRetry;
    }
}
