namespace OzaBot.Domain.Scheduling;

public enum MeetingStatus
{
    Scheduled,
    Cancelled,
}
