using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>
/// Builds the <see cref="OzaTurn"/> inside a dialog step, so a step can use the same case access and
/// conversation data as the handler that began it. The accessor reads the property the assistant uses
/// ("ozabot"); within a turn both get the same cached instance, so a change here is saved with the turn.
/// </summary>
internal sealed class DialogTurns(ConversationState conversationState, OzaServices services)
{
    private readonly IStatePropertyAccessor<ConversationData> _data =
        conversationState.CreateProperty("ozabot", ConversationsJsonContext.Default.ConversationData);

    public async Task<OzaTurn> ForAsync(DialogContext dialogs, CancellationToken cancellationToken)
    {
        var data = await _data.GetAsync(dialogs.Context, () => new ConversationData(), cancellationToken);
        return new OzaTurn(dialogs.Context, dialogs, data, services);
    }
}
