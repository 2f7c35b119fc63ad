using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>
/// "partner toevoegen", "voeg @Sam toe als procesregisseur", "nodig leerplicht@gemeente.nl uit als leerplicht":
/// whatever the message already says (role, @mention, e-mail) is not asked again.
/// </summary>
internal sealed class PartnerFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.AddPartner];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        var contact = PartnerContact.From(turn.Activity);
        var state = new AddPartnerState
        {
            CaseCode = stored.Code,
            Role = PartnerRoleChoices.Find(PartnerContact.WithoutPeople((turn.Activity.Text ?? string.Empty))),
            UserId = contact?.UserId,
            Email = contact?.Email,
            ContactKnown = contact is not null,
        };
        await turn.Dialogs.BeginDialogAsync(AddPartnerDialog.Id, state, cancellationToken);
    }
}
