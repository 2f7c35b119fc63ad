using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// The conversation-scoped <see cref="EvaluationFlowsData"/> of the evaluation, gesprekskader and escalation
/// flows (its own property of conversation state), and the services their dialogs need.
/// </summary>
internal sealed class EvaluationFlowsStore(ConversationState conversationState, OzaServices services)
{
    private readonly IStatePropertyAccessor<EvaluationFlowsData> _data =
        conversationState.CreateProperty("ozabot-evaluation", EvaluationFlowsJsonContext.Default.EvaluationFlowsData);

    public OzaServices Services { get; } = services;

    public Task<EvaluationFlowsData> DataAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _data.GetAsync(context, () => new EvaluationFlowsData(), cancellationToken);
}
