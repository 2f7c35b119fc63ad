namespace OzaBot.Integrations.Calendar.Local;

/// <summary>
/// The VTIMEZONE for Europe/Amsterdam with the EU rule (last Sunday of March 02:00 → 03:00, last Sunday
/// of October 03:00 → 02:00). Written out instead of derived from <see cref="TimeZoneInfo"/>, because on
/// Linux .NET exposes the zone as fixed per-year rules rather than the floating rule (graph-calendar.md §11).
/// </summary>
internal static class AmsterdamTimeZone
{
    public const string TzId = "Europe/Amsterdam";

    public static readonly string[] Lines =
    [
        "BEGIN:VTIMEZONE",
        "TZID:" + TzId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TzId);
}
