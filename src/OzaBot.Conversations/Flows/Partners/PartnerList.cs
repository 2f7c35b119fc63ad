using OzaBot.Domain.Vocabulary;
using System.Text;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>"partners": the partners by role (procesregisseur first) and the consents. E-mail addresses only in a 1:1 chat.</summary>
internal static class PartnerList
{
    public static async Task ShowAsync(OzaTurn turn, string? code, CancellationToken cancellationToken)
    {
        if (await turn.RequireCaseAsync(code, cancellationToken) is { } stored)
        {
            await turn.SendAsync(Render(stored.Case, turn.Services.Time.GetUtcNow(), turn.IsPersonal, turn.Language), cancellationToken);
        }
    }

    public static string Render(Case c, DateTimeOffset now, bool personal, Language language)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Partners.Count == 0 && c.Consents.Count == 0)
        {
            return PartnerTexts.In(language).NoPartners(c.Code);
        }

        var text = new StringBuilder(PartnerTexts.In(language).ListHeader(c.Code)).Append('\n');
        foreach (var partner in c.Partners.OrderBy(p => p.Role != Domain.Vocabulary.PartnerRole.Procesregisseur).ThenBy(p => p.Role).ThenBy(p => p.AddedAt))
        {
            text.Append("- ").Append(CaseTexts.RoleName(partner.Role));
            if (partner.UserId is not null)
            {
                text.Append(" (").Append(PartnerTexts.In(language).InChat).Append(')');
            }
            else if (partner.Label is not null)
            {
                text.Append(" (").Append(personal ? partner.Label : PartnerTexts.In(language).ByEmail).Append(')');
            }

            text.Append('\n');
        }

        if (c.Consents.Count > 0)
        {
            text.Append('\n').Append(ConsentTexts.In(language).Header).Append('\n');
            foreach (var consent in c.Consents)
            {
                text.Append(ConsentTexts.In(language).Line(consent, consent.IsValidOn(now))).Append('\n');
            }
        }

        return text.Append('\n').Append(PartnerTexts.In(language).ListFooter).ToString();
    }
}
