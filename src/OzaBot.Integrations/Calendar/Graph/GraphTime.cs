using System.Globalization;
using Microsoft.Graph.Models;
using OzaBot.Integrations.Calendar.Local;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Graph's dateTimeTimeZone: a wall-clock string without offset plus a zone name. We always send
/// "W. Europe Standard Time" (Graph does not document Europe/Amsterdam as accepted; graph-calendar.md §0).
/// </summary>
internal static class GraphTime
{
    public const string WindowsZone = "W. Europe Standard Time";

    public static DateTimeTimeZone ToGraph(DateTimeOffset instant) => new()
    {
        DateTime = TimeZoneInfo.ConvertTime(instant, AmsterdamTimeZone.Zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = WindowsZone,
    };

    /// <summary>Reads a dateTimeTimeZone in whatever zone Graph answered (UTC, a Windows or an IANA name).</summary>
    public static DateTimeOffset FromGraph(DateTimeTimeZone value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var local = DateTime.Parse(value.DateTime ?? throw new FormatException("dateTime missing"), CultureInfo.InvariantCulture, DateTimeStyles.None);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = value.TimeZone is null or "UTC" or "tzone://Microsoft/Utc" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(value.TimeZone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static Microsoft.Kiota.Abstractions.Date LocalDate(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, AmsterdamTimeZone.Zone);
        return new(local.Year, local.Month, local.Day);
    }

    public static DayOfWeekObject LocalDay(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, AmsterdamTimeZone.Zone).DayOfWeek switch
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
