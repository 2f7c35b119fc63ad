namespace OzaBot.Domain.Cases;

/// <summary>
/// What is kept beside the domain <see cref="Case"/>: the tenant it belongs to, the responsible
/// organisation (a non-identifying schoolbestuur / samenwerkingsverband label, also the region of the
/// reports), the conversations it is linked to (whose members share it) and the last plan card sent in
/// each conversation (to update it for everyone).
/// </summary>
public sealed class CaseMeta
{
    public string TenantId { get; set; } = "";

    /// <summary>The responsible organisation (schoolbestuur or samenwerkingsverband), as the user named it.</summary>
    public string Label { get; set; } = "";

    public List<string> ConversationIds { get; set; } = [];

    /// <summary>conversation id → activity id of the plan card the bot sent there.</summary>
    public Dictionary<string, string> PlanCards { get; set; } = [];
}
