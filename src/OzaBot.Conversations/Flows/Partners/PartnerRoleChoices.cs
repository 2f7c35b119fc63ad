using System.Globalization;
using System.Text;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>The partner roles as choices (with the words people use for them) and as words found in free text.</summary>
internal static class PartnerRoleChoices
{
    private static readonly (PartnerRole Role, string[] Words)[] Roles =
    [
        (PartnerRole.School, ["school", "ib", "ib'er", "intern begeleider", "leerkracht", "mentor", "zorgcoordinator", "teacher"]),
        (PartnerRole.Samenwerkingsverband, ["samenwerkingsverband", "swv"]),
        (PartnerRole.Gebiedsteam, ["gebiedsteam", "wijkteam", "sociaal team", "jeugdteam", "area team", "neighbourhood team"]),
        (PartnerRole.Leerplicht, ["leerplicht", "leerplichtambtenaar", "lpa", "rmc", "attendance officer"]),
        (PartnerRole.Zorgaanbieder, ["zorgaanbieder", "jeugdhulp", "jeugdhulpaanbieder", "zorg", "care provider"]),
        (PartnerRole.Ouders, ["ouders", "ouder", "verzorgers", "parents", "parent"]),
        (PartnerRole.Leerling, ["leerling", "kind", "jongere", "pupil", "student"]),
        (PartnerRole.Procesregisseur, ["procesregisseur", "regisseur", "regie", "case manager"]),
        (PartnerRole.Onderwijsconsulent, ["onderwijsconsulent", "onderwijszorgconsulent", "consulent", "education consultant", "consultant"]),
        (PartnerRole.Gemeente, ["gemeente", "municipality"]),
        (PartnerRole.Zorgkantoor, ["zorgkantoor", "wlz"]),
        (PartnerRole.Regiehouder, ["regiehouder", "sleutelfiguur", "zorgarrangeur", "projectleider", "regiovertegenwoordiger"]),
        (PartnerRole.Overig, ["overig", "anders", "other", "other partner"]),
    ];

    /// <summary>Every role as a choice, named in <paramref name="language"/>; the words of either language pick it.</summary>
    public static IList<Choice> Choices(Language language) => Choices(language, [.. Roles.Select(r => r.Role)]);

    /// <summary>Some of the roles as choices, in this order, named in <paramref name="language"/>, with their words.</summary>
    public static IList<Choice> Choices(Language language, IReadOnlyList<PartnerRole> roles) =>
        [.. roles.Select(role => new Choice(GuidanceTexts.In(language).RoleName(role), [.. Roles.Single(r => r.Role == role).Words, CaseTexts.RoleName(role)]))];

    public static PartnerRole At(int index) => Roles[index].Role;

    /// <summary>The first role named in a free text ("voeg het gebiedsteam toe"), by whole words; null when none.</summary>
    public static PartnerRole? Find(string text)
    {
        var normalised = " " + Normalise(text) + " ";
        foreach (var (role, words) in Roles)
        {
            if (role != PartnerRole.Overig && words.Any(w => normalised.Contains(" " + Normalise(w) + " ", StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return null;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
