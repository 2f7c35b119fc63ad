using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>A number: "3", "1,5" (Dutch), "1.5", "1.000", "anderhalf", "twee".</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var english = DialogTexts.IsEnglish(turnContext.Activity.Locale);
        return Task.FromResult(NumberRecognizer.TryRecognize(turnContext.Activity.Text, english, out var value)
            ? PromptRecognizerResult.Success(value)
            : PromptRecognizerResult.Failure<decimal>());
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.NumberRetry;
    }
}
