namespace OzaBot.Domain.Scheduling;

/// <summary>A school holiday or study day: no meetings from <see cref="From"/> to <see cref="To"/>, both inclusive.</summary>
public sealed record SchoolHoliday(DateOnly From, DateOnly To, string Name = "")
{
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
