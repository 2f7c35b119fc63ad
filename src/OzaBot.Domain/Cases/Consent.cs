using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>What a consent may cover: a fixed list, so a check can ask "may this role receive the plan?".</summary>
public enum ConsentCategory
{
    Plan,
    Opp,
    VerslagenSchool,
    GegevensJeugdhulp,
    MedischeGegevens,
}

/// <summary>The pupil's age band, which decides who must give consent (see <see cref="ConsentRules"/>).</summary>
public enum PupilAge
{
    Onder12,
    Van12Tot16,
    Vanaf16,
}

/// <summary>Consent: which partner may receive which categories, given by whom, until when (and if withdrawn).</summary>
public sealed record ConsentRecord(
    string Id,
    PartnerRole Recipient,
    IReadOnlyList<ConsentCategory> Categories,
    ConsentGiver GivenBy,
    PupilAge Age,
    DateTimeOffset GivenAt,
    DateOnly Until,
    DateTimeOffset? WithdrawnAt = null)
{
    public bool IsValidOn(DateTimeOffset moment) =>
        WithdrawnAt is null && GivenAt <= moment && DateOnly.FromDateTime(moment.UtcDateTime) <= Until;

    /// <summary>Stored before categories existed (then a free text): covers nothing.</summary>
    public bool Covers(ConsentCategory category) => Categories?.Contains(category) == true;
}

/// <summary>
/// Who needs consent and who gives it. Care partners and others outside education receive a pupil's data
/// only with consent; the school itself, the family and the education partners with a legal task in
/// passend onderwijs and leerplicht (samenwerkingsverband, onderwijsconsulent, leerplicht) do not.
/// Who gives it follows the age rule of the WGBO and the Jeugdwet: under 12 the parents, from 12 to 16
/// the parents and the pupil together, from 16 the pupil.
/// </summary>
public static class ConsentRules
{
    public static bool NeedsConsent(PartnerRole role) => role is not (PartnerRole.School or PartnerRole.Ouders or PartnerRole.Leerling
        or PartnerRole.Samenwerkingsverband or PartnerRole.Onderwijsconsulent or PartnerRole.Leerplicht);

    public static ConsentGiver RequiredGiver(PupilAge age) => age switch
    {
        PupilAge.Onder12 => ConsentGiver.Ouders,
        PupilAge.Van12Tot16 => ConsentGiver.OudersEnLeerling,
        _ => ConsentGiver.Leerling,
    };

    /// <summary>The pupil's own consent suffices from 16; both together are always enough from 12.</summary>
    public static bool MayGive(ConsentGiver giver, PupilAge age) =>
        giver == RequiredGiver(age) || (age == PupilAge.Vanaf16 && giver == ConsentGiver.OudersEnLeerling);
}
