namespace OzaBot.Domain.Scheduling;

/// <summary>A half-open interval [Start, End).</summary>
public readonly record struct TimeSlot(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(TimeSlot other) => Start < other.End && other.Start < End;
}
