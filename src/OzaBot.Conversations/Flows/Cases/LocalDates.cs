using System.Globalization;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>Dates as the cards and texts show them, in the conversation's language ("ma 23 nov 2026, 09:40", "Mon 23 Nov 2026, 09:40"); Dutch where no conversation is involved (the export).</summary>
public static class LocalDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string DateTime(DateTimeOffset value) => Local(value).ToString("ddd d MMM yyyy, HH:mm", Dutch).Replace(".", string.Empty, StringComparison.Ordinal);

    public static string Date(DateTimeOffset value) => Local(value).ToString("ddd d MMM yyyy", Dutch).Replace(".", string.Empty, StringComparison.Ordinal);

    public static string Date(DateOnly value) => value.ToString("ddd d MMM yyyy", Dutch).Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>Date and time in the conversation's language ("Mon 23 Nov 2026, 09:40" in English).</summary>
    public static string DateTime(DateTimeOffset value, Language language) =>
        Local(value).ToString("ddd d MMM yyyy, HH:mm", language == Language.English ? English : Dutch).Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>The date in the conversation's language ("Mon 23 Nov 2026" in English).</summary>
    public static string Date(DateTimeOffset value, Language language) =>
        Local(value).ToString("ddd d MMM yyyy", language == Language.English ? English : Dutch).Replace(".", string.Empty, StringComparison.Ordinal);

    public static string Date(DateOnly value, Language language) =>
        value.ToString("ddd d MMM yyyy", language == Language.English ? English : Dutch).Replace(".", string.Empty, StringComparison.Ordinal);

    private static DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Amsterdam);
}
