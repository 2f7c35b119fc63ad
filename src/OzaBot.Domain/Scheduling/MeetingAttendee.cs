using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Scheduling;

/// <summary>A professional invited to a meeting: only an e-mail address and the role they have in the case.</summary>
public sealed record MeetingAttendee(string Email, PartnerRole Role, bool Required);
