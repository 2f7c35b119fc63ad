namespace OzaBot.Domain.Scheduling;

/// <summary>
/// The region's time zone (configuration <c>TimeZone</c>): what "today", "tomorrow at 10:00", a school day and the
/// times on cards and invitations mean. The one place the zone comes from.
/// </summary>
public sealed class RegionTime
{
    /// <summary>The configuration's default (<c>TimeZone</c> in appsettings.json): the Netherlands.</summary>
    public const string DefaultZoneId = "Europe/Amsterdam";

    public RegionTime(string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The region's calendar day at <paramref name="instant"/>.</summary>
    public DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>The instant that is <paramref name="time"/> on <paramref name="day"/> in the region.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
