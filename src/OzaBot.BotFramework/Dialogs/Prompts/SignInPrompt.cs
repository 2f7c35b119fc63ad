using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Recognizers;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.SignIn;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Waits for a sign-in after an OAuthCard (Bot Builder's OAuthPrompt): true when a sign-in invoke brought the
/// user's token into the turn (<see cref="SignedInUser"/>), false when the user typed no. The token itself
/// is never the result, so it never reaches dialog state.
/// </summary>
public sealed class SignInPrompt(string id) : Prompt<bool>(id, validator: null)
{
    protected override bool IsAnswer(Activity activity) => base.IsAnswer(activity) || TeamsSso.IsSignInInvoke(activity);

    protected override Task<PromptRecognizerResult<bool>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = turnContext.Services.Get<SignedInUser>() is not null ? true
            : ConfirmRecognizer.Recognize(turnContext.Activity.Text) == false ? false
            : (bool?)null;
        return Task.FromResult(answer is { } value ? PromptRecognizerResult.Success(value) : PromptRecognizerResult.Failure<bool>());
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.SignInRetry;
    }
}
