using System.Globalization;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

/// <summary>"Now" is Monday 2 March 2026, 09:00 in Amsterdam (CET, UTC+1); summer time starts 29 March.</summary>
public sealed class DateTimeRecognizerTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("morgen", "2026-03-03 00:00 +01:00", false)]
    [InlineData("overmorgen", "2026-03-04 00:00 +01:00", false)]
    [InlineData("over 3 dagen", "2026-03-05 00:00 +01:00", false)]
    [InlineData("over een week", "2026-03-09 00:00 +01:00", false)]
    [InlineData("over twee weken om 10 uur", "2026-03-16 10:00 +01:00", true)]
    [InlineData("in 4 weeks", "2026-03-30 00:00 +02:00", false)]
    [InlineData("in a day", "2026-03-03 00:00 +01:00", false)]
    [InlineData("vandaag 14:00", "2026-03-02 14:00 +01:00", true)]
    [InlineData("Vandaag om 14.30", "2026-03-02 14:30 +01:00", true)]
    [InlineData("volgende week dinsdag 10:00", "2026-03-10 10:00 +01:00", true)]
    [InlineData("volgende week op vrijdag", "2026-03-13 00:00 +01:00", false)]
    [InlineData("dinsdag om half 3", "2026-03-03 14:30 +01:00", true)]
    [InlineData("donderdag half drie", "2026-03-05 14:30 +01:00", true)]
    [InlineData("woensdag half 10", "2026-03-04 09:30 +01:00", true)]
    [InlineData("morgen kwart over 10", "2026-03-03 10:15 +01:00", true)]
    [InlineData("morgen kwart voor 3", "2026-03-03 14:45 +01:00", true)]
    [InlineData("morgen 's ochtends om 7", "2026-03-03 07:00 +01:00", true)]
    [InlineData("vrijdag 's middags 2 uur", "2026-03-06 14:00 +01:00", true)]
    [InlineData("om 3 uur", "2026-03-02 15:00 +01:00", true)]
    [InlineData("14u", "2026-03-02 14:00 +01:00", true)]
    [InlineData("08:00", "2026-03-03 08:00 +01:00", true)]
    [InlineData("12 maart", "2026-03-12 00:00 +01:00", false)]
    [InlineData("12e maart", "2026-03-12 00:00 +01:00", false)]
    [InlineData("12 maart 2027 om 9:30", "2027-03-12 09:30 +01:00", true)]
    [InlineData("1 februari", "2027-02-01 00:00 +01:00", false)]
    [InlineData("12-3", "2026-03-12 00:00 +01:00", false)]
    [InlineData("12/3/2027", "2027-03-12 00:00 +01:00", false)]
    [InlineData("12-03-27 10:00", "2027-03-12 10:00 +01:00", true)]
    [InlineData("1 april 10:00", "2026-04-01 10:00 +02:00", true)]
    [InlineData("deze vrijdag", "2026-03-06 00:00 +01:00", false)]
    [InlineData("maandag", "2026-03-09 00:00 +01:00", false)]
    [InlineData("deze maandag", "2026-03-02 00:00 +01:00", false)]
    [InlineData("aanstaande zondag", "2026-03-08 00:00 +01:00", false)]
    [InlineData("dinsdga 10:00", "2026-03-03 10:00 +01:00", true)]
    [InlineData("morgn", "2026-03-03 00:00 +01:00", false)]
    [InlineData("2026-04-01T10:00", "2026-04-01 10:00 +02:00", true)]
    [InlineData("2026-04-01T08:00:00Z", "2026-04-01 10:00 +02:00", true)]
    [InlineData("2026-03-20", "2026-03-20 00:00 +01:00", false)]
    [InlineData("29 maart 2:30am", "2026-03-29 03:30 +02:00", true)]
    [InlineData("tomorrow 10am", "2026-03-03 10:00 +01:00", true)]
    [InlineData("tomorrow at 2:30 pm", "2026-03-03 14:30 +01:00", true)]
    [InlineData("next tuesday", "2026-03-03 00:00 +01:00", false)]
    [InlineData("next week friday 9am", "2026-03-13 09:00 +01:00", true)]
    [InlineData("the day after tomorrow", "2026-03-04 00:00 +01:00", false)]
    [InlineData("March 12th", "2026-03-12 00:00 +01:00", false)]
    [InlineData("12 march 2027", "2027-03-12 00:00 +01:00", false)]
    [InlineData("today 12pm", "2026-03-02 12:00 +01:00", true)]
    public void Resolves_Dutch_and_English_dates_and_times_in_Amsterdam(string text, string expected, bool hasTime)
    {
        var resolution = DateTimeRecognizer.Recognize(text, Now, Amsterdam);

        Assert.NotNull(resolution);
        Assert.Equal(expected, resolution.Value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Assert.Equal(hasTime, resolution.HasTime);
    }

    [Theory]
    [InlineData("ooit")]
    [InlineData("morgen misschien")]
    [InlineData("31 februari")]
    [InlineData("25:00")]
    [InlineData("13-13")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_what_is_not_a_clear_date_or_time(string? text) =>
        Assert.Null(DateTimeRecognizer.Recognize(text, Now, Amsterdam));
}
