using System.Text.Json.Serialization;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>The state of "sluit casus" and "verwijder casus": which case, and the chosen reason.</summary>
internal sealed class CaseManagementState
{
    public string CaseCode { get; set; } = "";

    public CloseReason? Reason { get; set; }
}

[JsonSerializable(typeof(CaseManagementState))]
internal sealed partial class CaseManagementJsonContext : JsonSerializerContext;
