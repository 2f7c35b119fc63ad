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

    /// <summary>The municipality as policy maker and financer (Jeugdwet); a ZiO projectgroep partner.</summary>
    Gemeente,

    /// <summary>Wlz executor; a ZiO partner for Wlz pupils.</summary>
    Zorgkantoor,

    /// <summary>
    /// ZiO: the sleutelfiguur who holds the regie of the trajectory (a zorgarrangeur, projectleider or
    /// regiovertegenwoordiger; from step 5 chosen by the werkgroep). Not the per-child procesregisseur of an OZA.
    /// </summary>
    Regiehouder,
}
