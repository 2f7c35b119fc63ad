using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Privacy;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>
/// Checks a free-text answer the way the case will (short, no BSN) while the question is still open,
/// so the user can retype it instead of losing the whole dialog at the end.
/// </summary>
internal static class ShortTextValidator
{
    private const int MaxLength = 200;

    /// <summary>The typed answer without the bot's own @mention (which Teams adds in group chats).</summary>
    public static string Answer(Activity activity) => (activity.Text ?? string.Empty);

    /// <summary>Why a short neutral text cannot be saved (empty, a BSN, too long), or null when it can.</summary>
    public static string? Problem(string? text) =>
        string.IsNullOrWhiteSpace(text) ? CaseTexts.TextMissing
        : BsnDetector.ContainsBsn(text) ? CaseTexts.Bsn
        : text.Trim().Length > MaxLength ? CaseTexts.TextTooLong
        : null;

    public static async Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var problem = Problem(Answer(prompt.Context.Activity));
        if (problem is not null)
        {
            await prompt.Context.SendActivityAsync(problem, cancellationToken);
        }

        return problem is null;
    }
}
