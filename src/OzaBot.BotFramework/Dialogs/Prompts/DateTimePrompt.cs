using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>A recognized moment in the prompt's time zone, and which parts the user actually gave.</summary>
public sealed record DateTimeResolution(DateTimeOffset Value, bool HasDate, bool HasTime);

/// <summary>
/// A date and/or time in Dutch or English ("morgen 10:00", "volgende week dinsdag", "12 maart",
/// "12/3/2027", ISO 8601, "tomorrow 10am"), resolved against <paramref name="timeProvider"/> in
/// <paramref name="timeZone"/> (the region's, from configuration).
/// </summary>
public sealed class DateTimePrompt(string id, TimeProvider timeProvider, TimeZoneInfo timeZone, PromptValidator<DateTimeResolution>? validator = null)
    : Prompt<DateTimeResolution>(id, validator)
{
    private readonly TimeZoneInfo _timeZone = timeZone;

    protected override Task<PromptRecognizerResult<DateTimeResolution>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(DateTimeRecognizer.Recognize(turnContext.Activity.Text, timeProvider.GetUtcNow(), _timeZone) is { } value
            ? PromptRecognizerResult.Success(value)
            : PromptRecognizerResult.Failure<DateTimeResolution>());
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.DateTimeRetry;
    }
}
