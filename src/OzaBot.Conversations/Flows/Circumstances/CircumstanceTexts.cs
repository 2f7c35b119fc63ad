using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Circumstances;

/// <summary>Texts of "thuiszitten", "verzuim", "vrijstelling", "variawet" and "omstandigheden".</summary>
internal abstract class CircumstanceTexts
{
    public static CircumstanceTexts Dutch { get; } = new DutchTexts();

    public static CircumstanceTexts English { get; } = new EnglishTexts();

    public static CircumstanceTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>Each circumstance with the words people use for it.</summary>
    public static readonly IReadOnlyList<(Circumstance Circumstance, string[] Words)> All =
    [
        (Circumstance.Verzuim, ["verzuim", "absence"]),
        (Circumstance.Thuiszitten, ["thuiszitten", "thuiszitter", "thuis"]),
        (Circumstance.Vrijstelling, ["vrijstelling", "exemption"]),
        (Circumstance.AfwijkingOnderwijstijd, ["variawet", "onderwijstijd", "minder onderwijstijd"]),
    ];

    public abstract string Name(Circumstance circumstance);

    public abstract string OnlyOneToOne { get; }

    public abstract string Ask { get; }

    public abstract string Choice(Circumstance circumstance, bool plays);

    public abstract string Help { get; }

    public abstract string Recorded(string code, IReadOnlyList<Circumstance> now);

    private sealed class DutchTexts : CircumstanceTexts
    {
        public override string Name(Circumstance circumstance) => circumstance switch
        {
            Circumstance.Verzuim => "verzuim",
            Circumstance.Thuiszitten => "thuiszitten",
            Circumstance.Vrijstelling => "vrijstelling van inschrijving",
            _ => "minder onderwijstijd (Variawet)",
        };

        public override string OnlyOneToOne => "Omstandigheden als verzuim of thuiszitten zeggen iets over de leerling: leg ze vast in je 1:1-chat met OzaBot, niet hier.";

        public override string Ask => "Welke omstandigheid speelt? Kies er een om die aan of uit te zetten.";

        public override string Choice(Circumstance circumstance, bool plays) =>
            Name(circumstance) + (plays ? " (speelt)" : "");

        public override string Help => "Omstandigheden bepalen wie er nodig is: de leerplichtambtenaar bij verzuim, thuiszitten of een vrijstelling, de onderwijs(zorg)consulent bij thuiszitten, de Inspectie bij minder onderwijstijd. Alleen zichtbaar in een 1:1-chat. Typ **stop** om te stoppen.";

        public override string Recorded(string code, IReadOnlyList<Circumstance> now)
        {
            var list = now.Count == 0 ? "geen" : string.Join(", ", now.Select(c => Name(c)));
            return $"Omstandigheden van casus **{code}**: {list}. Alleen zichtbaar in deze 1:1-chat. Typ **wat nu?** om te zien wie er nodig is.";
        }
    }

    private sealed class EnglishTexts : CircumstanceTexts
    {
        public override string Name(Circumstance circumstance) => circumstance switch
        {
            Circumstance.Verzuim => "absence (verzuim)",
            Circumstance.Thuiszitten => "staying at home (thuiszitten)",
            Circumstance.Vrijstelling => "exemption from enrolment (vrijstelling)",
            _ => "less teaching time (Variawet)",
        };

        public override string OnlyOneToOne => "Circumstances such as absence or staying at home say something about the pupil: record them in your 1:1 chat with OzaBot, not here.";

        public override string Ask => "Which circumstance plays? Choose one to switch it on or off.";

        public override string Choice(Circumstance circumstance, bool plays) =>
            Name(circumstance) + (plays ? " (plays)" : "");

        public override string Help => "Circumstances change who is needed: the attendance officer at absence, staying at home or an exemption, the education (care) consultant for a pupil at home, the Inspectorate for less teaching time. Shown only in a 1:1 chat. Type **stop** to cancel.";

        public override string Recorded(string code, IReadOnlyList<Circumstance> now)
        {
            var list = now.Count == 0 ? "none" : string.Join(", ", now.Select(c => Name(c)));
            return $"Circumstances of case **{code}**: {list}. Only visible in this 1:1 chat. Type **what next?** to see who is needed.";
        }
    }
}
