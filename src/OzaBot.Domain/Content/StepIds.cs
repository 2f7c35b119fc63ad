namespace OzaBot.Domain.Content;

/// <summary>
/// Step ids the case rules refer to. Content (texts, checklists) may vary per region; these ids may not,
/// and the loader checks that they exist.
/// </summary>
public static class StepIds
{
    public const string OzaVerkennen = "oza.verkennen";
    public const string OzaBetrekken = "oza.betrekken";
    public const string OzaOntwikkelen = "oza.ontwikkelen";
    public const string OzaArrangeren = "oza.arrangeren";
    public const string OzaActiveren = "oza.activeren";

    public const string ZioDataInventariseren = "zio.data-inventariseren";
    public const string ZioDataAnalyseren = "zio.data-analyseren";
    public const string ZioInzichtenPrioriteren = "zio.inzichten-prioriteren";
    public const string ZioInrichtenSamenwerking = "zio.inrichten-samenwerking";
    public const string ZioOntwikkelingImplementatie = "zio.ontwikkeling-implementatie";
    public const string ZioBorging = "zio.borging";

    internal static readonly string[] Oza = [OzaVerkennen, OzaBetrekken, OzaOntwikkelen, OzaArrangeren, OzaActiveren];

    internal static readonly string[] Zio =
        [ZioDataInventariseren, ZioDataAnalyseren, ZioInzichtenPrioriteren, ZioInrichtenSamenwerking, ZioOntwikkelingImplementatie, ZioBorging];
}

/// <summary>Process rule ids the case rules and the next-step engine cite.</summary>
public static class RuleIds
{
    public const string Algemeen = "algemeen";
    public const string ZorgvraagCentraal = "zorgvraag-centraal";
    public const string Ozo = "ozo";
    public const string GezamenlijkPlan = "gezamenlijk-plan";
    public const string GezamenlijkeFinanciering = "gezamenlijke-financiering";
    public const string Vrijstellingen = "vrijstellingen";
    public const string Actietafel = "actietafel";
    public const string Consulenten = "consulenten";

    internal static readonly string[] All = [Algemeen, ZorgvraagCentraal, Ozo, GezamenlijkPlan, GezamenlijkeFinanciering, Vrijstellingen, Actietafel, Consulenten];
}
