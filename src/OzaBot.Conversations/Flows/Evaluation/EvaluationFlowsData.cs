using System.Text.Json.Serialization;
using OzaBot.Conversations.Flows.Gesprekskader;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// Conversation-scoped state of the evaluation, gesprekskader and escalation flows: the current
/// gesprekskader conversation. The gesprekskader notes live here, not in the case: the domain has no
/// gesprekskader record, and the notes belong to the group's conversation.
/// </summary>
internal sealed class EvaluationFlowsData
{
    public GesprekskaderSession? Gesprekskader { get; set; }
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EvaluationFlowsData))]
[JsonSerializable(typeof(EvaluationDialogState))]
[JsonSerializable(typeof(NextEvaluationState))]
[JsonSerializable(typeof(GesprekskaderDialogState))]
[JsonSerializable(typeof(Escalation.ResolveEscalationState))]
internal sealed partial class EvaluationFlowsJsonContext : JsonSerializerContext;
