using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Recognizers;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>Yes or no ("ja", "jazeker", "klopt", "nee", "nope", "oké", …), with Ja/Nee buttons.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override Task<PromptRecognizerResult<bool>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(ConfirmRecognizer.Recognize(turnContext.Activity.Text) is { } answer
            ? PromptRecognizerResult.Success(answer)
            : PromptRecognizerResult.Failure<bool>());
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.ConfirmRetry;
    }

    protected override Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, string? retryText)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = base.BuildPrompt(turnContext, options, retryText);
        var texts = DialogTexts.For(turnContext.Activity.Locale);
        SuggestedActions.Add(activity, [texts.Yes, texts.No]);
        return activity;
    }
}
