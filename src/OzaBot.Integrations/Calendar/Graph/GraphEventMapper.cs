using Microsoft.Graph.Models;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>Builds the Graph event bodies: the full body for a create, only the changed times for a move.</summary>
internal sealed class GraphEventMapper(GraphTime time)
{
    public Event NewEvent(ScheduledMeeting meeting, string? planner)
    {
        var attendees = meeting.Attendees.Select(a => Attendee(a.Email, SchedulingTexts.RoleLabel(a.Role), a.Required)).ToList();
        if (planner is not null && !meeting.Attendees.Any(a => string.Equals(a.Email, planner, StringComparison.OrdinalIgnoreCase)) && !string.Equals(planner, meeting.OrganizerEmail, StringComparison.OrdinalIgnoreCase))
        {
            // The app-only organiser is a shared mailbox; the professional who planned it gets the invitation too.
            attendees.Add(Attendee(planner, "Organisator", required: true));
        }

        // The SDK's backing store sends every property that was assigned, even null: assign only what is set.
        var ev = new Event
        {
            Subject = MeetingAgenda.Subject(meeting.Kind, meeting.CaseCode),
            Body = new ItemBody { ContentType = BodyType.Html, Content = MeetingAgenda.ToHtml(meeting) },
            Start = time.ToGraph(meeting.Start),
            End = time.ToGraph(meeting.End),
            Attendees = attendees,
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = true,
            Sensitivity = Sensitivity.Private,
            TransactionId = GraphMeetingIds.TransactionId(meeting.CaseCode, meeting.MeetingId),
            // Part of the create body, so there is never an event without its case code.
            Extensions =
            [
                new OpenTypeExtension
                {
                    OdataType = "#microsoft.graph.openTypeExtension",
                    ExtensionName = GraphMeetingIds.ExtensionName,
                    AdditionalData = new Dictionary<string, object>
                    {
                        ["caseCode"] = meeting.CaseCode,
                        ["meetingId"] = meeting.MeetingId,
                    },
                },
            ],
            SingleValueExtendedProperties =
            [
                new SingleValueLegacyExtendedProperty { Id = GraphMeetingIds.ExtendedPropertyId, Value = GraphMeetingIds.MeetingKey(meeting.CaseCode, meeting.MeetingId) },
            ],
        };
        if (meeting.Location is not null)
        {
            ev.Location = new Location { DisplayName = meeting.Location };
        }

        return WithRecurrence(ev, meeting);
    }

    /// <summary>Only what changes: start, end and (for a series) the recurrence, whose start date must equal the new start.</summary>
    public Event Move(ScheduledMeeting moved) =>
        WithRecurrence(new Event { Start = time.ToGraph(moved.Start), End = time.ToGraph(moved.End) }, moved);

    private Event WithRecurrence(Event ev, ScheduledMeeting meeting)
    {
        if (meeting.Recurrence is { } recurrence)
        {
            ev.Recurrence = Recurrence(meeting.Start, recurrence);
        }

        return ev;
    }

    private PatternedRecurrence Recurrence(DateTimeOffset start, MeetingRecurrence recurrence) => new()
    {
        Pattern = new RecurrencePattern
        {
            Type = RecurrencePatternType.Weekly,
            Interval = recurrence.IntervalWeeks,
            DaysOfWeek = [time.LocalDay(start)],
            FirstDayOfWeek = DayOfWeekObject.Monday,
        },
        Range = new RecurrenceRange
        {
            Type = RecurrenceRangeType.Numbered,
            StartDate = time.LocalDate(start),
            NumberOfOccurrences = recurrence.Occurrences,
            RecurrenceTimeZone = time.WindowsZone,
        },
    };

    private static Attendee Attendee(string email, string label, bool required) => new()
    {
        EmailAddress = new EmailAddress { Address = email, Name = label },
        Type = required ? AttendeeType.Required : AttendeeType.Optional,
    };
}
