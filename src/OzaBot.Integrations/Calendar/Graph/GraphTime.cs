using System.Globalization;
using Microsoft.Graph.Models;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Graph's dateTimeTimeZone: a wall-clock string without offset plus a zone name, in the region's time zone. We send
/// its Windows name ("W. Europe Standard Time" for Europe/Amsterdam): Graph does not document IANA names as accepted
/// (graph-calendar.md §0).
/// </summary>
internal sealed class GraphTime(RegionTime region)
{
    public string WindowsZone { get; } = WindowsName(region.Zone);

    public DateTimeTimeZone ToGraph(DateTimeOffset instant) => new()
    {
        DateTime = region.Local(instant).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = WindowsZone,
    };

    /// <summary>The zone's Windows id (Graph's own names); a zone that already has one keeps it.</summary>
    public static string WindowsName(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : zone.Id;
    }

    /// <summary>Reads a dateTimeTimeZone in whatever zone Graph answered (UTC, a Windows or an IANA name).</summary>
    public static DateTimeOffset FromGraph(DateTimeTimeZone value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var local = DateTime.Parse(value.DateTime ?? throw new FormatException("dateTime missing"), CultureInfo.InvariantCulture, DateTimeStyles.None);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = value.TimeZone is null or "UTC" or "tzone://Microsoft/Utc" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(value.TimeZone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public Microsoft.Kiota.Abstractions.Date LocalDate(DateTimeOffset instant)
    {
        var local = region.Local(instant);
        return new(local.Year, local.Month, local.Day);
    }

    public DayOfWeekObject LocalDay(DateTimeOffset instant) => region.Local(instant).DayOfWeek switch
    {
        DayOfWeek.Monday => DayOfWeekObject.Monday,
        DayOfWeek.Tuesday => DayOfWeekObject.Tuesday,
        DayOfWeek.Wednesday => DayOfWeekObject.Wednesday,
        DayOfWeek.Thursday => DayOfWeekObject.Thursday,
        DayOfWeek.Friday => DayOfWeekObject.Friday,
        DayOfWeek.Saturday => DayOfWeekObject.Saturday,
        _ => DayOfWeekObject.Sunday,
    };
}
