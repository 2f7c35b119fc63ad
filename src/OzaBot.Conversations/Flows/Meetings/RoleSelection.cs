using OzaBot.Domain.Guidance;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// Reads "1, 3", "school en ouders", "allemaal" or typed e-mail addresses into invited roles. An
/// address becomes an extra attendee (role Overig) with that address.
/// </summary>
internal static class RoleSelection
{
    private static readonly char[] Separators = [',', ';', ' ', '\n', '+', '&'];
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase) { "alle", "allemaal", "iedereen", "all", "everyone" };
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "en", "and", "de", "het", "the", "met", "with" };
    private static readonly Dictionary<string, PartnerRole> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["swv"] = PartnerRole.Samenwerkingsverband,
        ["wijkteam"] = PartnerRole.Gebiedsteam,
        ["leerplicht"] = PartnerRole.Leerplicht,
        ["leerplichtambtenaar"] = PartnerRole.Leerplicht,
        ["ouder"] = PartnerRole.Ouders,
        ["ouders"] = PartnerRole.Ouders,
        ["leerling"] = PartnerRole.Leerling,
        ["regisseur"] = PartnerRole.Procesregisseur,
        ["consulent"] = PartnerRole.Onderwijsconsulent,
        ["onderwijsconsulent"] = PartnerRole.Onderwijsconsulent,
        ["onderwijszorgconsulent"] = PartnerRole.Onderwijsconsulent,
        ["ib"] = PartnerRole.School,
        ["ib-er"] = PartnerRole.School,
        ["school"] = PartnerRole.School,
    };

    /// <returns>The attendees, or the part that was not understood.</returns>
    public static (List<AttendeeDraft>? Attendees, string? NotUnderstood) Parse(string? text, IReadOnlyList<PartnerRole> offered)
    {
        var attendees = new List<AttendeeDraft>();
        foreach (var part in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = part.Trim('.', '!', '?');
            if (word.Length == 0 || Fillers.Contains(word))
            {
                continue;
            }

            if (word.Contains('@', StringComparison.Ordinal))
            {
                if (!MeetingRequestValidation.IsEmail(word))
                {
                    return (null, word);
                }

                attendees.Add(new AttendeeDraft(PartnerRole.Overig, word));
            }
            else if (All.Contains(word))
            {
                attendees.AddRange(offered.Select(r => new AttendeeDraft(r, null)));
            }
            else if (int.TryParse(word, out var number) && number >= 1 && number <= offered.Count)
            {
                attendees.Add(new AttendeeDraft(offered[number - 1], null));
            }
            else if (RoleOf(word, offered) is { } role)
            {
                attendees.Add(new AttendeeDraft(role, null));
            }
            else
            {
                return (null, word);
            }
        }

        var distinct = attendees.DistinctBy(a => a.Email is null ? a.Role.ToString() : a.Email.ToUpperInvariant()).ToList();
        return distinct.Count == 0 ? (null, text?.Trim() ?? "") : (distinct, null);
    }

    private static PartnerRole? RoleOf(string word, IReadOnlyList<PartnerRole> offered)
    {
        if (Synonyms.TryGetValue(word, out var synonym))
        {
            return synonym;
        }

        return word.Length < 3
            ? null
            : offered.Where(r => SchedulingTexts.RoleLabel(r).StartsWith(word, StringComparison.OrdinalIgnoreCase) || GuidanceTexts.English.RoleLabel(r).StartsWith(word, StringComparison.OrdinalIgnoreCase)).Select(r => (PartnerRole?)r).FirstOrDefault();
    }
}
