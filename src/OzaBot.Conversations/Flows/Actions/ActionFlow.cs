using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>"actie toevoegen" (optionally with the description after a colon: "nieuwe actie: rooster maken").</summary>
internal sealed class ActionFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.AddAction];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        var text = (turn.Activity.Text ?? string.Empty);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var description = colon >= 0 && text[(colon + 1)..].Trim() is { Length: > 0 } rest ? rest : null;

        // A description given up front that cannot be saved (identifying data, too long) is explained and asked again.
        if (description is not null && ShortTextValidator.Problem(description, turn.Context) is { } problem)
        {
            await turn.SendAsync(problem, cancellationToken);
            description = null;
        }

        await turn.Dialogs.BeginDialogAsync(AddActionDialog.Id, new ActionState { CaseCode = stored.Code, Description = description }, cancellationToken);
    }
}
