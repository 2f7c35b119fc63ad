using System.Text.Json.Serialization;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// The planning dialog's state. Each step fills one part and is skipped when its part is there, so
/// the dialog can restart itself (another period, a retry after a failed calendar call) without
/// asking again. <see cref="MeetingId"/> is chosen once: a repeated confirm re-uses it and the
/// calendar returns the meeting it already made.
/// </summary>
internal sealed class PlanMeetingState
{
    public string CaseCode { get; set; } = "";

    public string MeetingId { get; set; } = "";

    public bool IsOza { get; set; }

    public MeetingKind? Kind { get; set; }

    public List<PartnerRole> OfferedRoles { get; set; } = [];

    public List<AttendeeDraft>? Attendees { get; set; }

    public string? OrganizerEmail { get; set; }

    public int? DurationMinutes { get; set; }

    public DateOnly? WindowFrom { get; set; }

    public List<SlotOption>? Slots { get; set; }

    public SlotOption? Chosen { get; set; }

    /// <summary>The last calendar call failed: the confirm question becomes "try again?".</summary>
    public bool Failed { get; set; }
}

/// <summary>
/// An invited role and, once given, the address the invitation goes to. Ouders and leerling get no
/// address and no invitation from OzaBot: the school invites them (no family contact details are kept).
/// </summary>
internal sealed record AttendeeDraft(PartnerRole Role, string? Email)
{
    public bool IsFamily => Role is PartnerRole.Ouders or PartnerRole.Leerling;

    public bool NeedsEmail => Email is null && !IsFamily;
}

internal sealed record SlotOption(DateTimeOffset Start, DateTimeOffset End);

/// <summary>The reschedule/cancel dialog's state.</summary>
internal sealed class ChangeMeetingState
{
    public string CaseCode { get; set; } = "";

    public bool Cancel { get; set; }

    public MeetingKind? Kind { get; set; }

    /// <summary>The case's meeting id (m3) and the calendar's id for it.</summary>
    public string? CaseMeetingId { get; set; }

    public string? CalendarMeetingId { get; set; }

    /// <summary>Delegated mode: the meeting is in its planner's own Outlook calendar, so changing it needs their sign-in.</summary>
    public bool InOutlook { get; set; }

    public List<string> CandidateIds { get; set; } = [];

    public DateOnly? WindowFrom { get; set; }

    public List<SlotOption>? Slots { get; set; }
}

[JsonSerializable(typeof(PlanMeetingState))]
[JsonSerializable(typeof(ChangeMeetingState))]
internal sealed partial class MeetingsJsonContext : JsonSerializerContext;
