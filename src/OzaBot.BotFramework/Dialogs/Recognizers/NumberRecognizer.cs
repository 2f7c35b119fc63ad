using System.Globalization;
using System.Text.RegularExpressions;

namespace OzaBot.BotFramework.Dialogs.Recognizers;

/// <summary>
/// Finds the first number in a message: digits with Dutch or English separators ("1,5", "1.5",
/// "1.000", "1,000.25"), a minus sign, or a small number word ("twee", "anderhalf", "three").
/// </summary>
internal static partial class NumberRecognizer
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.Ordinal)
    {
        ["nul"] = 0, ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6,
        ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12,
        ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15, ["twintig"] = 20, ["half"] = 0.5m,
        ["anderhalf"] = 1.5m, ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20,
    };

    /// <param name="english">Whether a lone separator before exactly three digits is a thousands separator for ',' (English) or '.' (Dutch).</param>
    public static bool TryRecognize(string? text, bool english, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = NumberPattern().Match(text);
        if (match.Success)
        {
            return TryParseDigits(match.Groups["number"].Value, english, out value) && ApplySign(match, ref value);
        }

        foreach (var word in TextNormalizer.Words(TextNormalizer.Normalize(text)))
        {
            if (Words.TryGetValue(word, out value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ApplySign(Match match, ref decimal value)
    {
        if (match.Groups["sign"].Success)
        {
            value = -value;
        }

        return true;
    }

    private static bool TryParseDigits(string digits, bool english, out decimal value)
    {
        var lastComma = digits.LastIndexOf(',');
        var lastDot = digits.LastIndexOf('.');
        char? decimalSeparator;
        if (lastComma >= 0 && lastDot >= 0)
        {
            // Both present: the last one separates the decimals ("1.000,5" and "1,000.5").
            decimalSeparator = lastComma > lastDot ? ',' : '.';
        }
        else if (lastComma < 0 && lastDot < 0)
        {
            decimalSeparator = null;
        }
        else
        {
            var separator = lastComma >= 0 ? ',' : '.';
            var occurrences = digits.Count(c => c == separator);
            var digitsAfter = digits.Length - digits.LastIndexOf(separator) - 1;
            var thousandsInThisLanguage = english ? ',' : '.';
            var isThousands = occurrences > 1 || (digitsAfter == 3 && separator == thousandsInThisLanguage);
            decimalSeparator = isThousands ? null : separator;
        }

        var plain = new string(digits.Where(c => char.IsDigit(c) || c == decimalSeparator).ToArray());
        if (decimalSeparator is { } d)
        {
            plain = plain.Replace(d, '.');
        }

        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"(?<sign>-|−)?(?<number>\d+(?:[.,]\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
