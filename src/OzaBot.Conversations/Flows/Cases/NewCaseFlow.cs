using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>Starts the "nieuwe casus" dialog.</summary>
public sealed class NewCaseFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.NewCase];

    public Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Dialogs.BeginDialogAsync(NewCaseDialog.Id, null, cancellationToken);
    }
}
