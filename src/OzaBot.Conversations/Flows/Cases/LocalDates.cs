using System.Globalization;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// Dates as the cards and texts show them: in the region's time zone and in the conversation's language
/// ("ma 23 nov 2026, 09:40", "Mon 23 Nov 2026, 09:40"). The export, read as a record, uses Dutch.
/// </summary>
public readonly record struct LocalDates(RegionTime Region, Language Language)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private CultureInfo Culture => Language == Language.English ? English : Dutch;

    public string DateTime(DateTimeOffset value) => Format(Region.Local(value), "ddd d MMM yyyy, HH:mm");

    public string Date(DateTimeOffset value) => Format(Region.Local(value), "ddd d MMM yyyy");

    public string Date(DateOnly value) => value.ToString("ddd d MMM yyyy", Culture).Replace(".", string.Empty, StringComparison.Ordinal);

    private string Format(DateTimeOffset local, string format) => local.ToString(format, Culture).Replace(".", string.Empty, StringComparison.Ordinal);
}
