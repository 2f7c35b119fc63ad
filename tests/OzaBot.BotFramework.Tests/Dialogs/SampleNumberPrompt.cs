using System.Globalization;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.BotFramework.Tests.Dialogs;

/// <summary>
/// A custom prompt built on <see cref="Prompt{T}"/>, as a bot would write one: a number of hours ("12", "1,5").
/// The sample dialogs use it to exercise the engine with a prompt whose answers can be out of range.
/// </summary>
internal sealed class SampleNumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    public const string RetryNl = "Dat getal herken ik niet. Typ bijvoorbeeld 2 of 1,5.";
    public const string RetryEn = "I don't recognize that number. Type for example 2 or 1.5.";

    protected override Task<PromptRecognizerResult<decimal>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim().Replace(',', '.');
        return Task.FromResult(decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? PromptRecognizerResult.Success(value)
            : PromptRecognizerResult.Failure<decimal>());
    }

    protected override string DefaultRetryText(DialogTexts texts) => ReferenceEquals(texts, DialogTexts.English) ? RetryEn : RetryNl;
}
