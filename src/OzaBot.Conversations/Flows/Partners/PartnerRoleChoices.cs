using System.Globalization;
using System.Text;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>The partner roles as choices (with the words people use for them) and as words found in free text.</summary>
internal static class PartnerRoleChoices
{
    private static readonly (PartnerRole Role, string[] Words)[] Roles =
    [
        (PartnerRole.School, ["school", "ib", "ib'er", "intern begeleider", "leerkracht", "mentor", "zorgcoordinator"]),
        (PartnerRole.Samenwerkingsverband, ["samenwerkingsverband", "swv"]),
        (PartnerRole.Gebiedsteam, ["gebiedsteam", "wijkteam", "sociaal team", "jeugdteam"]),
        (PartnerRole.Leerplicht, ["leerplicht", "leerplichtambtenaar", "lpa", "rmc"]),
        (PartnerRole.Zorgaanbieder, ["zorgaanbieder", "jeugdhulp", "jeugdhulpaanbieder", "zorg", "care provider"]),
        (PartnerRole.Ouders, ["ouders", "ouder", "verzorgers", "parents", "parent"]),
        (PartnerRole.Leerling, ["leerling", "kind", "jongere", "pupil", "student"]),
        (PartnerRole.Procesregisseur, ["procesregisseur", "regisseur", "regie", "case manager"]),
        (PartnerRole.Onderwijsconsulent, ["onderwijsconsulent", "onderwijszorgconsulent", "consulent"]),
        (PartnerRole.Gemeente, ["gemeente", "municipality"]),
        (PartnerRole.Zorgkantoor, ["zorgkantoor", "wlz"]),
        (PartnerRole.Regiehouder, ["regiehouder", "sleutelfiguur", "zorgarrangeur", "projectleider", "regiovertegenwoordiger"]),
        (PartnerRole.Overig, ["overig", "anders", "other"]),
    ];

    public static IList<Choice> Choices() => [.. Roles.Select(r => new Choice(CaseTexts.RoleName(r.Role), r.Words))];

    /// <summary>Some of the roles as choices, in this order, with their words.</summary>
    public static IList<Choice> Choices(IReadOnlyList<PartnerRole> roles) =>
        [.. roles.Select(role => new Choice(CaseTexts.RoleName(role), Roles.Single(r => r.Role == role).Words))];

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
