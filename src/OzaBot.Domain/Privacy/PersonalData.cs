using System.Globalization;
using System.Text.RegularExpressions;

namespace OzaBot.Domain.Privacy;

/// <summary>The kinds of identifying data OzaBot refuses in any free text.</summary>
public enum PersonalDataKind
{
    Bsn,
    Email,
    Phone,
    BirthDate,
    Address,
    Iban,
    Name,
}

/// <summary>
/// The one check every free text passes before OzaBot keeps or shows it: no BSN (also eight digits that
/// lost their leading zero), e-mail address, phone number, date that looks like a date of birth, postcode
/// with house number, IBAN or person name (a shipped list of Dutch first names, and the shape
/// "Voornaam (tussenvoegsel) Achternaam"). Ordinary words, role names and school names pass.
/// </summary>
public static partial class PersonalData
{
    private static readonly Lazy<HashSet<string>> FirstNames = new(LoadFirstNames);

    /// <summary>What identifying data <paramref name="text"/> contains, or null. <paramref name="today"/> decides which dates are birth dates.</summary>
    public static PersonalDataKind? Find(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (BsnDetector.ContainsBsn(text) || EightDigits().Matches(text).Any(m => BsnDetector.PassesElfproef("0" + m.Value)))
        {
            return PersonalDataKind.Bsn;
        }

        return Email().IsMatch(text) ? PersonalDataKind.Email
            : Iban().IsMatch(text) ? PersonalDataKind.Iban
            : Phone().IsMatch(text) ? PersonalDataKind.Phone
            : Postcode().IsMatch(text) ? PersonalDataKind.Address
            : HasBirthDate(text, today) ? PersonalDataKind.BirthDate
            : HasName(text) ? PersonalDataKind.Name
            : null;
    }

    /// <summary>A full date at least two years back: a child's or parent's date of birth, not an appointment.</summary>
    private static bool HasBirthDate(string text, DateOnly today) =>
        FullDate().Matches(text).Any(m =>
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            return year >= 1900 && year <= today.Year - 2;
        });

    private static bool HasName(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(words[i]) || !FirstNames.Value.Contains(words[i]))
            {
                continue;
            }

            var previous = i > 0 ? words[i - 1] : null;
            var next = i + 1 < words.Count ? words[i + 1] : null;

            // "met Sanne", "Sanne de Vries", "Sanne Jansen": a name. "De Linde" or "in Lisse": a place.
            var fullName = next is not null && (IsCapitalised(next) || Tussenvoegsels.Contains(next));
            var midSentence = previous is not null && !PlaceWords.Contains(previous.ToLowerInvariant());
            if (fullName || midSentence)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c));

    private static readonly HashSet<string> Tussenvoegsels = new(["van", "de", "der", "den", "ter", "ten", "te", "het", "in", "'t", "el", "al", "bin"], StringComparer.Ordinal);

    private static readonly HashSet<string> PlaceWords = new(["de", "het", "'t", "in", "op", "te", "naar", "bij", "basisschool", "school", "sbo", "so", "vso", "kindcentrum", "ikc"], StringComparer.Ordinal);

    private static HashSet<string> LoadFirstNames()
    {
        using var stream = typeof(PersonalData).Assembly.GetManifestResourceStream("OzaBot.Domain.Privacy.first-names.txt")
            ?? throw new InvalidOperationException("Resource ontbreekt: first-names.txt");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                names.Add(line.Trim());
            }
        }

        return names;
    }

    [GeneratedRegex(@"(?<!\d)\d{8}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EightDigits();

    [GeneratedRegex(@"[\p{L}\d._%+\-]+@[\p{L}\d\-]+(\.[\p{L}\d\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Dutch (06-12345678, 010 123 45 67, +31 6 1234 5678, 0031…) and other international numbers (+44 20 7946 0958).
    [GeneratedRegex(@"(?<![\d+])((\+|00)\d{1,3}[\s\-.]?(\(0\))?[\s\-.]?\d([\s\-.]?\d){6,11}|0\d([\s\-.]?\d){8})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[1-9]\d{3}\s?[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(\s?\d){10}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    [GeneratedRegex(@"\b(\d{1,2}[\-/.]\d{1,2}[\-/.](?<year>\d{4})|(?<year>\d{4})-\d{1,2}-\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
