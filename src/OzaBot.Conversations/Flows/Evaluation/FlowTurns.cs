using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// Access to conversation state for the evaluation, gesprekskader and escalation flows: their own
/// <see cref="EvaluationFlowsData"/>, and an <see cref="OzaTurn"/> inside a dialog step (a waterfall step
/// gets only the dialog context, but changing a case goes through <see cref="CaseAccess"/>).
/// </summary>
internal sealed class FlowTurns(ConversationState conversationState, OzaServices services)
{
    // The assistant's own property name: the same name and type give the same object within a turn.
    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty("ozabot", ConversationsJsonContext.Default.ConversationData);

    private readonly IStatePropertyAccessor<EvaluationFlowsData> _data =
        conversationState.CreateProperty("ozabot-evaluation", EvaluationFlowsJsonContext.Default.EvaluationFlowsData);

    public OzaServices Services { get; } = services;

    public Task<EvaluationFlowsData> DataAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _data.GetAsync(context, () => new EvaluationFlowsData(), cancellationToken);

    public async Task<OzaTurn> TurnAsync(DialogContext dialogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var data = await _conversationData.GetAsync(dialogs.Context, () => new ConversationData(), cancellationToken);
        return new OzaTurn(dialogs.Context, dialogs, data, Services);
    }
}
