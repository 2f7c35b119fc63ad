using System.Text;

namespace OzaBot.Integrations.Calendar.Local;

/// <summary>RFC 5545 text rules: TEXT escaping (§3.3.11), parameter quoting (§3.2) and line folding (§3.1).</summary>
internal static class IcsText
{
    public const int MaxLineOctets = 75;
    public const string LineBreak = "\r\n";

    /// <summary>Backslash, semicolon, comma and newline escaped; carriage returns dropped.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                ';' => text.Append(@"\;"),
                ',' => text.Append(@"\,"),
                '\n' => text.Append(@"\n"),
                '\r' => text,
                _ when char.IsControl(c) && c != '\t' => text,
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    /// <summary>A parameter value: quoted when it holds ':', ';' or ','; DQUOTE and controls cannot occur in one, so they are removed.</summary>
    public static string ParameterValue(string value)
    {
        var clean = new string(value.Where(c => c != '"' && !char.IsControl(c)).ToArray());
        return clean.IndexOfAny([':', ';', ',']) >= 0 ? $"\"{clean}\"" : clean;
    }

    /// <summary>
    /// Folds one content line so no physical line exceeds 75 octets (CRLF excluded), breaking only
    /// between whole UTF-8 sequences (never inside a character or surrogate pair). A continuation
    /// line starts with one space, which counts toward its 75.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 16);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append(LineBreak).Append(' ');
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.Append(LineBreak).ToString();
    }
}
