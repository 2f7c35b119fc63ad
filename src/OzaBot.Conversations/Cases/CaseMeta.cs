namespace OzaBot.Conversations.Cases;

/// <summary>
/// What the conversation layer keeps beside the domain <see cref="Domain.Cases.Case"/>: the tenant it
/// belongs to, a non-identifying school/region label, the conversations it is linked to (whose members
/// share it), and the last plan card sent in each conversation (to update it for everyone).
/// </summary>
public sealed class CaseMeta
{
    public string TenantId { get; set; } = "";

    public string Label { get; set; } = "";

    public List<string> ConversationIds { get; set; } = [];

    /// <summary>conversation id → activity id of the plan card the bot sent there.</summary>
    public Dictionary<string, string> PlanCards { get; set; } = [];
}
