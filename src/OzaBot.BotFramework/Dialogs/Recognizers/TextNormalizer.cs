using System.Globalization;
using System.Text;

namespace OzaBot.BotFramework.Dialogs.Recognizers;

/// <summary>
/// Brings user input to one comparable form: lower case, accents removed ("oké" → "oke"),
/// punctuation turned into spaces (except inside numbers and times), single spaces, trimmed.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || (IsNumberSeparator(c) && IsBetweenDigits(decomposed, i)))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of the normalized text.</summary>
    public static string[] Words(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsNumberSeparator(char c) => c is ',' or '.' or ':' or '-' or '/';

    private static bool IsBetweenDigits(string text, int index) =>
        index > 0 && index < text.Length - 1 && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]);
}
