using System.Globalization;
using System.Text;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar.Local;

/// <summary>
/// Writes one meeting (or series) as an iTIP object (RFC 5545/5546): METHOD:REQUEST while it is
/// scheduled, METHOD:CANCEL with STATUS:CANCELLED once cancelled. The UID stays the same across
/// updates and SEQUENCE counts them, so Outlook replaces the earlier copy. Times are local in the region's time zone
/// (its TZID and VTIMEZONE); DTSTAMP is UTC.
/// </summary>
internal static class IcsWriter
{
    public const string ProductId = "-//OzaBot//OZA Teams-assistent//NL";
    public const string UidDomain = "ozabot.calendar";

    public static string Uid(ScheduledMeeting meeting) => $"{meeting.CaseCode}-{meeting.MeetingId}@{UidDomain}";

    public static string Method(ScheduledMeeting meeting) => meeting.Status == MeetingStatus.Cancelled ? "CANCEL" : "REQUEST";

    public static string Write(ScheduledMeeting meeting, RegionTime region)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(region);
        var zone = region.Zone;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:" + ProductId,
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + Method(meeting),
        };
        lines.AddRange(IcsTimeZone.Lines(zone, meeting.Start.Year));
        lines.Add("BEGIN:VEVENT");
        lines.Add("UID:" + Uid(meeting));
        lines.Add("DTSTAMP:" + meeting.LastModified.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        lines.Add("SEQUENCE:" + meeting.Sequence.ToString(CultureInfo.InvariantCulture));
        lines.Add($"DTSTART;TZID={zone.Id}:{Local(region, meeting.Start)}");
        lines.Add($"DTEND;TZID={zone.Id}:{Local(region, meeting.End)}");
        if (meeting.Recurrence is { } recurrence)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"RRULE:FREQ=WEEKLY;INTERVAL={recurrence.IntervalWeeks};COUNT={recurrence.Occurrences};BYDAY={ByDay(region, meeting.Start)}"));
        }

        lines.Add("SUMMARY:" + IcsText.Escape(MeetingAgenda.Subject(meeting.Kind, meeting.CaseCode)));
        lines.Add("DESCRIPTION:" + IcsText.Escape(Description(meeting)));
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            lines.Add("LOCATION:" + IcsText.Escape(meeting.Location));
        }

        lines.Add($"ORGANIZER;CN={IcsText.ParameterValue("Organisator")}:mailto:{meeting.OrganizerEmail}");
        foreach (var attendee in meeting.Attendees)
        {
            var role = attendee.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT";
            lines.Add($"ATTENDEE;CN={IcsText.ParameterValue(SchedulingTexts.RoleLabel(attendee.Role))};ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee.Email}");
        }

        lines.Add("STATUS:" + (meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.Add("TRANSP:OPAQUE");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            ics.Append(IcsText.Fold(line));
        }

        return ics.ToString();
    }

    private static string Description(ScheduledMeeting meeting) =>
        meeting.Status == MeetingStatus.Cancelled && meeting.CancelComment is { } comment
            ? SchedulingTexts.CancelledBy(comment) + "\n\n" + MeetingAgenda.ToText(meeting)
            : MeetingAgenda.ToText(meeting);

    private static string Local(RegionTime region, DateTimeOffset instant) =>
        region.Local(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string ByDay(RegionTime region, DateTimeOffset start) => region.Local(start).DayOfWeek switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };
}
