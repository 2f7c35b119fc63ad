using System.Security.Cryptography;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Scheduling;

/// <summary>
/// What to plan. Deliberately has no field for a pupil's name: subject and body are built from the
/// case code, the kind and the agenda lines only (domain.md §3.7).
/// </summary>
/// <param name="MeetingId">Chosen once by the caller (<see cref="NewMeetingId"/>) and kept in the dialog state, so a repeated confirm never makes a second meeting.</param>
/// <param name="OrganizerEmail">The professional who plans the meeting.</param>
/// <param name="Recurrence">Set for an evaluation series; <c>null</c> for a single meeting.</param>
public sealed record MeetingRequest(
    string MeetingId,
    string CaseCode,
    MeetingKind Kind,
    string OrganizerEmail,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<string> AgendaLines,
    DateTimeOffset Start,
    DateTimeOffset End,
    MeetingRecurrence? Recurrence = null,
    string? Location = null)
{
    /// <summary>A fresh random meeting id (URL- and key-safe).</summary>
    public static string NewMeetingId() => "m" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
}
