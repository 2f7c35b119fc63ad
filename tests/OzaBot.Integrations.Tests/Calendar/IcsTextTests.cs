using System.Text;
using OzaBot.Integrations.Calendar.Local;

namespace OzaBot.Integrations.Tests.Calendar;

public sealed class IcsTextTests
{
    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("doelen; afspraken", @"doelen\; afspraken")]
    [InlineData("school, gemeente", @"school\, gemeente")]
    [InlineData("regel 1\nregel 2", @"regel 1\nregel 2")]
    [InlineData("regel 1\r\nregel 2", @"regel 1\nregel 2")]
    [InlineData("geen:escape", "geen:escape")]
    public void Text_values_are_escaped_per_rfc5545(string input, string expected)
    {
        Assert.Equal(expected, IcsText.Escape(input));
    }

    [Theory]
    [InlineData("Organisator", "Organisator")]
    [InlineData("School; SWV", "\"School; SWV\"")]
    [InlineData("Zeg \"hoi\"", "Zeg hoi")]
    public void Parameter_values_are_quoted_when_needed(string input, string expected)
    {
        Assert.Equal(expected, IcsText.ParameterValue(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(74)]
    [InlineData(75)]
    [InlineData(76)]
    [InlineData(300)]
    public void Folded_lines_stay_within_75_octets_and_unfold_to_the_original(int repeat)
    {
        // Mixes 1-, 2-, 3- and 4-byte UTF-8 sequences (ASCII, é, €, and an emoji surrogate pair).
        var original = "DESCRIPTION:" + string.Concat(Enumerable.Range(0, repeat).Select(i => (i % 4) switch { 0 => "a", 1 => "é", 2 => "€", _ => "🙂" }));

        var folded = IcsText.Fold(original);

        Assert.EndsWith("\r\n", folded, StringComparison.Ordinal);
        var physical = folded[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.All(physical.Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(folded)));
        Assert.Equal(original, folded[..^2].Replace("\r\n ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded()
    {
        var line = new string('x', 75);

        Assert.Equal(line + "\r\n", IcsText.Fold(line));
        Assert.Contains("\r\n ", IcsText.Fold(line + "x"), StringComparison.Ordinal);
    }
}
