using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OzaBot.Domain.Cases;

/// <summary>
/// Random, non-identifying case codes like "OZA-7K3M-Q9" (or "ZIO-…"). The alphabet leaves out
/// look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B) so codes survive being read aloud or retyped.
/// </summary>
public static partial class CaseCodes
{
    internal const string Alphabet = "34679ACDEFGHJKMNPQRTUVWXY";

    public static string New(bool zio = false)
    {
        var body = RandomNumberGenerator.GetItems<char>(Alphabet, 6);
        return $"{(zio ? "ZIO" : "OZA")}-{new string(body, 0, 4)}-{new string(body, 4, 2)}";
    }

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    /// <summary>Finds a case code in free text (any case), normalised to upper case.</summary>
    public static string? Find(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = InText().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex("^(OZA|ZIO)-[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\b(OZA|ZIO)-[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InText();
}
