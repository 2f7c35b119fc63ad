using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar.Storage;

/// <summary>One JSON document per case: its meetings, as both adapters store them.</summary>
internal sealed record CaseMeetingsDocument(List<ScheduledMeeting> Meetings)
{
    public static CaseMeetingsDocument Empty => new([]);

    public ScheduledMeeting? Find(string meetingId) => Meetings.Find(m => m.MeetingId == meetingId);

    public void Replace(ScheduledMeeting meeting) =>
        Meetings[Meetings.FindIndex(m => m.MeetingId == meeting.MeetingId)] = meeting;
}
