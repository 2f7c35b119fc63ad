namespace OzaBot.Domain.Scheduling;

/// <summary>Find <see cref="MaxSuggestions"/> slots of <see cref="Duration"/> between the dates <see cref="From"/> and <see cref="To"/> (inclusive, local dates).</summary>
public sealed record SlotQuery(
    string OrganizerEmail,
    IReadOnlyList<string> AttendeeEmails,
    TimeSpan Duration,
    DateOnly From,
    DateOnly To,
    int MaxSuggestions = 5);
