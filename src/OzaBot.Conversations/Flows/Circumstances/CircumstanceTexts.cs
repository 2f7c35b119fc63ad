using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Circumstances;

/// <summary>Texts of "thuiszitten", "verzuim", "vrijstelling", "variawet" and "omstandigheden".</summary>
internal static class CircumstanceTexts
{
    /// <summary>Each circumstance with the words people use for it.</summary>
    public static readonly IReadOnlyList<(Circumstance Circumstance, string[] Words)> All =
    [
        (Circumstance.Verzuim, ["verzuim", "absence"]),
        (Circumstance.Thuiszitten, ["thuiszitten", "thuiszitter", "thuis"]),
        (Circumstance.Vrijstelling, ["vrijstelling", "exemption"]),
        (Circumstance.AfwijkingOnderwijstijd, ["variawet", "onderwijstijd", "minder onderwijstijd"]),
    ];

    public static string Name(Circumstance circumstance, bool english) => circumstance switch
    {
        Circumstance.Verzuim => english ? "absence (verzuim)" : "verzuim",
        Circumstance.Thuiszitten => english ? "staying at home (thuiszitten)" : "thuiszitten",
        Circumstance.Vrijstelling => english ? "exemption from enrolment (vrijstelling)" : "vrijstelling van inschrijving",
        _ => english ? "less teaching time (Variawet)" : "minder onderwijstijd (Variawet)",
    };

    public static string OnlyOneToOne(bool english) => english
        ? "Circumstances such as absence or staying at home say something about the pupil: record them in your 1:1 chat with OzaBot, not here."
        : "Omstandigheden als verzuim of thuiszitten zeggen iets over de leerling: leg ze vast in je 1:1-chat met OzaBot, niet hier.";

    public static string Ask(bool english) => english
        ? "Which circumstance plays? Choose one to switch it on or off."
        : "Welke omstandigheid speelt? Kies er een om die aan of uit te zetten.";

    public static string Choice(Circumstance circumstance, bool plays, bool english) =>
        Name(circumstance, english) + (plays ? (english ? " (plays)" : " (speelt)") : "");

    public static string Help(bool english) => english
        ? "Circumstances change who is needed: the leerplichtambtenaar at absence, staying at home or an exemption, the onderwijs(zorg)consulent for a pupil at home, the Inspectie for less teaching time. Shown only in a 1:1 chat. Type **stop** to cancel."
        : "Omstandigheden bepalen wie er nodig is: de leerplichtambtenaar bij verzuim, thuiszitten of een vrijstelling, de onderwijs(zorg)consulent bij thuiszitten, de Inspectie bij minder onderwijstijd. Alleen zichtbaar in een 1:1-chat. Typ **stop** om te stoppen.";

    public static string Recorded(string code, IReadOnlyList<Circumstance> now, bool english)
    {
        var list = now.Count == 0 ? (english ? "none" : "geen") : string.Join(", ", now.Select(c => Name(c, english)));
        return english
            ? $"Circumstances of case **{code}**: {list}. Only visible in this 1:1 chat. Type **what next?** to see who is needed."
            : $"Omstandigheden van casus **{code}**: {list}. Alleen zichtbaar in deze 1:1-chat. Typ **wat nu?** om te zien wie er nodig is.";
    }
}
