using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>"toestemming vastleggen (voor het gebiedsteam)" and "toestemming intrekken" / "trek toestemming in".</summary>
internal sealed class ConsentFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.RecordConsent, Intent.WithdrawConsent];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        if (match.Intent == Intent.WithdrawConsent)
        {
            await turn.Dialogs.BeginDialogAsync(WithdrawConsentDialog.Id, new WithdrawConsentState { CaseCode = stored.Code }, cancellationToken);
            return;
        }

        var named = PartnerRoleChoices.Find(PartnerContact.WithoutPeople(turn.Activity.Text ?? string.Empty));
        await turn.Dialogs.BeginDialogAsync(ConsentDialog.Id, new ConsentState { CaseCode = stored.Code, Recipient = named }, cancellationToken);
    }
}
