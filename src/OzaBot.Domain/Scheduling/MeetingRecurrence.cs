namespace OzaBot.Domain.Scheduling;

/// <summary>An evaluation series: every <see cref="IntervalWeeks"/> weeks on the weekday of the first meeting, <see cref="Occurrences"/> times.</summary>
public sealed record MeetingRecurrence(int IntervalWeeks, int Occurrences)
{
    public const int MaxIntervalWeeks = 52;
    public const int MaxOccurrences = 52;
}
