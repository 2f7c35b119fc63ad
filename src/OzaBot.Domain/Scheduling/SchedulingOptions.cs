namespace OzaBot.Domain.Scheduling;

/// <summary>Working hours and holidays for slot suggestions (config section <c>Calendar:Scheduling</c>); the zone is <see cref="RegionTime"/>.</summary>
public sealed class SchedulingOptions
{
    public TimeOnly WorkdayStart { get; set; } = new(8, 30);

    public TimeOnly WorkdayEnd { get; set; } = new(16, 30);

    /// <summary>Candidate starts are this far apart.</summary>
    public TimeSpan SlotStep { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Spreads suggestions over several days instead of filling one morning.</summary>
    public int MaxSuggestionsPerDay { get; set; } = 2;

    public IList<SchoolHoliday> Holidays { get; } = [];

    /// <summary>School days in the Netherlands: Monday to Friday.</summary>
    public static bool IsSchoolWeekday(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
