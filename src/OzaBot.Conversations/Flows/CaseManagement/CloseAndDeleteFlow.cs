using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>"sluit casus" and "verwijder casus": both begin a dialog that asks for confirmation first.</summary>
internal sealed class CloseAndDeleteFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.CloseCase, Intent.DeleteCase];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        if (match.Intent == Intent.DeleteCase && !CaseAccess.IsOwnerOrProcesregisseur(turn, stored))
        {
            await turn.SendAsync(CaseManagementTexts.In(turn.Language).DeleteNotAllowed(stored.Code), cancellationToken);
            return;
        }

        var dialog = match.Intent == Intent.CloseCase ? CloseCaseDialog.Id : DeleteCaseDialog.Id;
        await turn.Dialogs.BeginDialogAsync(dialog, new CaseManagementState { CaseCode = stored.Code }, cancellationToken);
    }
}
