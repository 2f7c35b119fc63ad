namespace OzaBot.Domain.Scheduling;

/// <summary>
/// Expands a meeting into its occurrences. A series repeats on the local wall clock (like RRULE with
/// a TZID, and like Graph's recurrence in the event's zone), so across a DST change the UTC time moves.
/// </summary>
public static class MeetingOccurrences
{
    public static IReadOnlyList<TimeSlot> Expand(ScheduledMeeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Expand(meeting.Start, meeting.End, meeting.Recurrence, zone);
    }

    public static IReadOnlyList<TimeSlot> Expand(DateTimeOffset start, DateTimeOffset end, MeetingRecurrence? recurrence, TimeZoneInfo zone)
    {
        if (recurrence is null)
        {
            return [new TimeSlot(start, end)];
        }

        var duration = end - start;
        var localStart = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var slots = new List<TimeSlot>(recurrence.Occurrences);
        for (var i = 0; i < recurrence.Occurrences; i++)
        {
            var local = localStart.AddDays(7 * recurrence.IntervalWeeks * i);
            var instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
            slots.Add(new TimeSlot(instant, instant + duration));
        }

        return slots;
    }
}
