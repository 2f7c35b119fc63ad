using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar.Storage;

/// <summary>The occurrences of an organiser's scheduled meetings across cases (the Local adapter's free/busy).</summary>
internal sealed record OrganizerBusyDocument(List<OrganizerBusyEntry> Entries)
{
    public static OrganizerBusyDocument Empty => new([]);
}

internal sealed record OrganizerBusyEntry(string CaseCode, string MeetingId, List<TimeSlot> Occurrences);
