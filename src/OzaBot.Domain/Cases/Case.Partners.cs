using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>Adds a partner by role. A second procesregisseur is refused: there is always exactly one.</summary>
    public DomainResult<string> AddPartner(PartnerRole role, string? label, string? userId, Actor actor)
    {
        if (GuardText(actor, label, required: false) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (role == PartnerRole.Procesregisseur && Procesregisseur is not null)
        {
            return DomainResult.Refused(Refusals.SecondProcesregisseur);
        }

        var id = NextId("p");
        partners.Add(new Partner(id, role, NullIfBlank(label), NullIfBlank(userId), actor.At));
        Commit(actor, CaseTexts.History.PartnerAdded(role));
        return DomainResult.Success(id);
    }

    /// <summary>Replaces the procesregisseur (or appoints one), keeping exactly one.</summary>
    public DomainResult<string> ReplaceProcesregisseur(string? label, string? userId, Actor actor)
    {
        if (GuardText(actor, label, required: false) is { IsRefused: true } refused)
        {
            return refused;
        }

        partners.RemoveAll(p => p.Role == PartnerRole.Procesregisseur);
        var id = NextId("p");
        partners.Add(new Partner(id, PartnerRole.Procesregisseur, NullIfBlank(label), NullIfBlank(userId), actor.At));
        Commit(actor, CaseTexts.History.PartnerAdded(PartnerRole.Procesregisseur));
        return DomainResult.Success(id);
    }

    public DomainResult RemovePartner(string partnerId, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (partners.FirstOrDefault(p => p.Id == partnerId) is not { } partner)
        {
            return DomainResult.Refused(Refusals.NotFound);
        }

        if (partner.Role == PartnerRole.Procesregisseur && PlanAgreedAt is not null)
        {
            return DomainResult.Refused(Refusals.RemoveProcesregisseur);
        }

        partners.Remove(partner);
        return Commit(actor, CaseTexts.History.PartnerRemoved(partner.Role));
    }

    public bool HasPartner(PartnerRole role) => partners.Any(p => p.Role == role);

    /// <summary>Whether a user opened the case or takes part in it as a partner (for "mijn casussen").</summary>
    public bool Involves(string userId) =>
        !string.IsNullOrEmpty(userId) && (OwnerUserId == userId || partners.Any(p => p.UserId == userId));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
