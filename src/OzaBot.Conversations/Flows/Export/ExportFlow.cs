using OzaBot.Conversations.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Export;

/// <summary>"exporteer casus": only the owner or the procesregisseur, only in a 1:1 chat (the links are personal); answers with the two links.</summary>
internal sealed class ExportFlow(CaseExports exports) : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.ExportCase];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (!turn.IsPersonal)
        {
            await turn.SendAsync(ExportTexts.In(turn.Language).OnlyPersonal, cancellationToken);
            return;
        }

        if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        if (!CaseAccess.IsOwnerOrProcesregisseur(turn, stored))
        {
            await turn.SendAsync(ExportTexts.In(turn.Language).NotAllowed(stored.Code), cancellationToken);
            return;
        }

        if (await exports.CreateAsync(stored, turn.Actor, cancellationToken) is not { } link)
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, stored.Code), cancellationToken);
            return;
        }

        await turn.SendAsync(ExportTexts.In(turn.Language).Ready(stored.Code, link.Link, turn.Dates.DateTime(link.ExpiresAt)), cancellationToken);
    }
}
