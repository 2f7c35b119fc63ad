using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Meetings;

internal static class MeetingCalendar
{
    /// <summary>
    /// Undoes a calendar meeting the case did not accept, so no meeting exists that the case does not
    /// know. Best effort: the user already got the case's reason, and a failure here changes nothing for them.
    /// </summary>
    public static async Task WithdrawAsync(ICalendarService calendar, ScheduledMeeting meeting, CancellationToken cancellationToken)
    {
        try
        {
            await calendar.CancelAsync(meeting.CaseCode, meeting.MeetingId, MeetingTexts.NotRecordedComment, cancellationToken);
        }
        catch (CalendarException)
        {
            // Nothing more to do: the meeting is gone already or the calendar is down (the Graph adapter cleans up its own failures).
        }
    }
}
