using OzaBot.Conversations.Routing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>
/// Checks a free-text answer the way the case will (short, no identifying data) while the question is still open,
/// so the user can retype it instead of losing the whole dialog at the end.
/// </summary>
internal static class ShortTextValidator
{
    private const int MaxLength = 200;

    /// <summary>The typed answer without the bot's own @mention (which Teams adds in group chats).</summary>
    public static string Answer(Activity activity) => (activity.Text ?? string.Empty);

    /// <summary>Why a short neutral text cannot be saved (empty, identifying data, too long), or null when it can.</summary>
    public static string? Problem(string? text, ITurnContext context) =>
        string.IsNullOrWhiteSpace(text) ? OzaTurn.Of(context).Say(Refusals.TextMissing)
        : PrivacyCheck.Problem(text, context) is { } found ? found
        : text.Trim().Length > MaxLength ? OzaTurn.Of(context).Say(Refusals.TextTooLong)
        : null;

    public static async Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var problem = Problem(Answer(prompt.Context.Activity), prompt.Context);
        if (problem is not null)
        {
            await prompt.Context.SendActivityAsync(problem, cancellationToken);
        }

        return problem is null;
    }
}
