using System.Globalization;
using System.Text.RegularExpressions;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.BotFramework.Dialogs.Recognizers;

/// <summary>
/// Dutch and English dates and times, resolved against "now" in a time zone (the region's, from configuration, in
/// OzaBot): ISO 8601, "vandaag 14:00", "morgen", "overmorgen", "volgende week dinsdag 10:00",
/// "dinsdag om half 3" (14:30), "12 maart", "12-3", "12/3/2027", "over 3 dagen", "over twee weken",
/// "tomorrow 10am", "next tuesday", "in 3 days".
/// Dates are day-first; a time of 1–7 o'clock without am/pm or "'s ochtends" means the afternoon
/// (office hours); a date without a year is the next such date; a time without a date is the next such time.
/// </summary>
internal static partial class DateTimeRecognizer
{
    private static readonly string[] MonthNames =
    [
        "januari|january|jan", "februari|february|feb", "maart|march|mrt|mar", "april|apr", "mei|may",
        "juni|june|jun", "juli|july|jul", "augustus|august|aug", "september|sept|sep",
        "oktober|october|okt|oct", "november|nov", "december|dec",
    ];

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday,
        ["donderdag"] = DayOfWeek.Thursday, ["vrijdag"] = DayOfWeek.Friday, ["zaterdag"] = DayOfWeek.Saturday,
        ["zondag"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
    {
        ["vandaag"] = 0, ["today"] = 0, ["morgen"] = 1, ["tomorrow"] = 1, ["overmorgen"] = 2,
        ["day after tomorrow"] = 2, ["gisteren"] = -1, ["yesterday"] = -1,
    };

    private static readonly string[] PartOfDayWords = ["ochtends", "morgens", "middags", "avonds", "morning", "afternoon", "evening"];

    private static readonly Dictionary<string, int> HourWords = new(StringComparer.Ordinal)
    {
        ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7,
        ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["one"] = 1, ["two"] = 2,
        ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "om", "at", "op", "on", "de", "het", "the", "van", "of", "in", "rond", "around", "about", "ongeveer",
        "en", "and", "graag", "uur", "this", "deze", "aanstaande", "next", "volgende", "komende", "a", "s",
    };

    /// <summary>Words the fuzzy pass may correct typos towards ("dinsdga" → "dinsdag").</summary>
    private static readonly string[] KnownWords =
    [
        .. Weekdays.Keys, .. RelativeDays.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)),
        .. MonthNames.SelectMany(m => m.Split('|')).Where(m => m.Length >= 5),
    ];

    public static DateTimeResolution? Recognize(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        if (IsoPattern().IsMatch(text.Trim()))
        {
            return FromIso(text.Trim(), zone);
        }

        var input = CorrectTypos(TextNormalizer.Normalize(text));
        var time = ExtractTime(ref input);
        var date = ExtractDate(ref input, today);
        if ((time is null && date is null) || TextNormalizer.Words(input).Any(w => !Fillers.Contains(w)))
        {
            return null;
        }

        var day = date ?? today;
        var local = day + (time ?? TimeSpan.Zero);
        if (date is null && ToOffset(local, zone) <= now)
        {
            local = local.AddDays(1);
        }

        return new DateTimeResolution(ToOffset(local, zone), date is not null, time is not null);
    }

    private static DateTimeResolution? FromIso(string text, TimeZoneInfo zone)
    {
        var hasTime = text.Length > 10;
        var hasOffset = text.EndsWith('Z') || IsoOffsetPattern().IsMatch(text);
        if (hasOffset)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
                ? new DateTimeResolution(TimeZoneInfo.ConvertTime(exact, zone), true, hasTime)
                : null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeResolution(ToOffset(local, zone), true, hasTime)
            : null;
    }

    /// <summary>Local wall-clock time to an offset; a time skipped by the spring DST change moves one hour on.</summary>
    private static DateTimeOffset ToOffset(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    private static string CorrectTypos(string input)
    {
        var words = TextNormalizer.Words(input);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length >= 5 && !KnownWords.Contains(word) && !Fillers.Contains(word) && !PartOfDayWords.Contains(word) &&
                KnownWords.FirstOrDefault(k => FuzzyMatch.IsClose(word, k)) is { } known)
            {
                words[i] = known;
            }
        }

        return string.Join(' ', words);
    }

    private static TimeSpan? ExtractTime(ref string input)
    {
        // Day-part words decide am/pm and are removed first ("'s middags" normalizes to "s middags").
        bool? afternoon = null;
        var partOfDay = PartOfDayPattern().Match(input);
        if (partOfDay.Success)
        {
            afternoon = partOfDay.Groups["pm"].Success;
            input = Remove(input, partOfDay);
        }

        int hour;
        var minute = 0;
        bool? pm = null;
        Match match;
        if ((match = ClockPattern().Match(input)).Success || (match = AmPmPattern().Match(input)).Success ||
            (match = HourPattern().Match(input)).Success)
        {
            hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            pm = match.Groups["ampm"].Success ? match.Groups["ampm"].Value == "pm" : null;
        }
        else if ((match = HalfPattern().Match(input)).Success)
        {
            // Dutch "half drie" is half an hour before three: 2:30.
            hour = HourBefore(HourValue(match.Groups["h"].Value));
            minute = 30;
        }
        else if ((match = QuarterPattern().Match(input)).Success)
        {
            var before = match.Groups["dir"].Value == "voor";
            hour = before ? HourBefore(HourValue(match.Groups["h"].Value)) : HourValue(match.Groups["h"].Value);
            minute = before ? 45 : 15;
        }
        else
        {
            return null;
        }

        input = Remove(input, match);
        if (pm is { } isPm)
        {
            hour = hour % 12 + (isPm ? 12 : 0);
        }
        else if (afternoon is { } isAfternoon)
        {
            hour = isAfternoon && hour < 12 ? hour + 12 : hour;
        }
        else if (hour is >= 1 and <= 7)
        {
            hour += 12;
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeSpan(hour, minute, 0) : null;
    }

    private static DateTime? ExtractDate(ref string input, DateTime today)
    {
        Match match;
        if ((match = NumericDatePattern().Match(input)).Success)
        {
            input = Remove(input, match);
            return DatePart(today, match.Groups["d"].Value, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), match.Groups["y"]);
        }

        if ((match = DayMonthPattern().Match(input)).Success || (match = MonthDayPattern().Match(input)).Success)
        {
            input = Remove(input, match);
            return DatePart(today, match.Groups["d"].Value, MonthNumber(match.Groups["mon"].Value), match.Groups["y"]);
        }

        if ((match = DaysAheadPattern().Match(input)).Success)
        {
            input = Remove(input, match);
            var count = match.Groups["n"].Value is "a" ? 1 : HourValue(match.Groups["n"].Value);
            return today.AddDays(count * (match.Groups["unit"].Value.StartsWith('w') ? 7 : 1));
        }

        if ((match = RelativeDayPattern().Match(input)).Success)
        {
            input = Remove(input, match);
            return today.AddDays(RelativeDays[match.Value]);
        }

        if ((match = WeekdayPattern().Match(input)).Success)
        {
            input = Remove(input, match);
            var target = Weekdays[match.Groups["day"].Value];
            if (match.Groups["nextweek"].Success)
            {
                // "volgende week dinsdag": the Tuesday of next (Monday-based) week.
                var mondayThisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                return mondayThisWeek.AddDays(7 + (((int)target + 6) % 7));
            }

            var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
            var includesToday = match.Groups["this"].Success;
            return today.AddDays(ahead == 0 && !includesToday ? 7 : ahead);
        }

        return null;
    }

    private static DateTime? DatePart(DateTime today, string dayText, int month, Group yearGroup)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = yearGroup.Success ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture) : today.Year;
        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return !yearGroup.Success && date < today ? date.AddYears(1) : date;
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(MonthNames, m => m.Split('|').Contains(name)) + 1;

    private static int HourValue(string text) =>
        HourWords.TryGetValue(text, out var hour) ? hour : int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The clock hour before <paramref name="hour"/>: 3 → 2, 1 → 12.</summary>
    private static int HourBefore(int hour) => (hour + 10) % 12 + 1;

    private static string Remove(string input, Match match) =>
        (input[..match.Index] + " " + input[(match.Index + match.Length)..]).Trim();

    // Regex patterns must be constants, so these repeat the words of HourWords and MonthNames above.
    private const string HourWordAlternatives = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    private const string MonthAlternatives = "januari|january|jan|februari|february|feb|maart|march|mrt|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|augustus|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoOffsetPattern();

    [GeneratedRegex(@"\b(?:s (?<am>ochtends|morgens)|s (?<pm>middags|avonds)|in the (?<am>morning)|in the (?<pm>afternoon|evening))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDayPattern();

    /// <summary>"14:00", "14.30", "2:30 pm"; not the start of a date such as "12.3.2027".</summary>
    [GeneratedRegex(@"(?<![\d.\-/])(?<h>\d{1,2})[:.](?<m>\d{2})(?![.\-/]?\d)\s*(?<ampm>am|pm)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\b(?<h>\d{1,2})\s?(?<ampm>am|pm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AmPmPattern();

    /// <summary>"14 uur", "14u", "om 3", "at 3".</summary>
    [GeneratedRegex(@"\b(?<h>\d{1,2})\s?(?:u|uur|h)\b|\b(?:om|at)\s(?<h>\d{1,2})\b(?![.\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex HourPattern();

    [GeneratedRegex(@"\bhalf\s(?<h>\d{1,2}|" + HourWordAlternatives + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex HalfPattern();

    [GeneratedRegex(@"\bkwart\s(?<dir>over|voor)\s(?<h>\d{1,2}|" + HourWordAlternatives + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    /// <summary>"12-3", "12/3/2027", "12.03.27" — day first.</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})[-/.](?<m>\d{1,2})(?:[-/.](?<y>\d{4}|\d{2}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:e|de|ste|st|nd|rd|th)?\s(?<mon>" + MonthAlternatives + @")\b(?:\s(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"\b(?<mon>" + MonthAlternatives + @")\s(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:\s(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayPattern();

    /// <summary>"over 3 dagen", "over een week", "over twee weken", "in 3 days", "in a week".</summary>
    [GeneratedRegex(@"\b(?:over|in)\s(?<n>\d{1,2}|a|" + HourWordAlternatives + @")\s(?<unit>dag|dagen|day|days|week|weken|weeks)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DaysAheadPattern();

    [GeneratedRegex(@"\b(?:day after tomorrow|overmorgen|vandaag|today|morgen|tomorrow|gisteren|yesterday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDayPattern();

    [GeneratedRegex(@"\b(?:(?<nextweek>volgende week|next week)\s(?:op\s|on\s)?|(?<this>deze|this)\s|(?:volgende|aanstaande|komende|next)\s)?(?<day>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();
}
