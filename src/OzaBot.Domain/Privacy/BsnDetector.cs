using System.Text.RegularExpressions;

namespace OzaBot.Domain.Privacy;

/// <summary>
/// Finds numbers that look like a BSN: 9 digits (optionally grouped with spaces, dots or dashes)
/// that pass the elfproef. Used to refuse such data in every free text a case stores.
/// </summary>
public static partial class BsnDetector
{
    public static bool ContainsBsn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in NineDigits().Matches(text))
        {
            var digits = new string([.. match.Value.Where(char.IsAsciiDigit)]);
            if (PassesElfproef(digits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool PassesElfproef(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }

    // Nine digits, possibly split into groups by one space, dot or dash, not part of a longer number.
    [GeneratedRegex(@"(?<![\d])\d(?:[ .\-]?\d){8}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();
}
