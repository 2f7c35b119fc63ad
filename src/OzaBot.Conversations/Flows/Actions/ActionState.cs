using System.Text.Json.Serialization;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>The state of "actie toevoegen": the case, what, and who (role).</summary>
internal sealed class ActionState
{
    public string CaseCode { get; set; } = "";

    public string? Description { get; set; }

    public PartnerRole? Owner { get; set; }
}

[JsonSerializable(typeof(ActionState))]
internal sealed partial class ActionJsonContext : JsonSerializerContext;
