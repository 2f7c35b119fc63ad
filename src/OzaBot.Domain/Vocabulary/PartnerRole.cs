namespace OzaBot.Domain.Vocabulary;

/// <summary>The roles partners take in a case (procesafspraken; domain.md glossary).</summary>
public enum PartnerRole
{
    School,
    Samenwerkingsverband,
    Gebiedsteam,
    Leerplicht,
    Zorgaanbieder,
    Ouders,
    Leerling,
    Procesregisseur,
    Onderwijsconsulent,
    Overig,
}
