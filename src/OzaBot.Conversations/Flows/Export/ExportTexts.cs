using OzaBot.Domain.Vocabulary;
namespace OzaBot.Conversations.Flows.Export;

/// <summary>Texts of "exporteer casus" (Dutch first).</summary>
internal abstract class ExportTexts
{
    public static ExportTexts Dutch { get; } = new DutchTexts();

    public static ExportTexts English { get; } = new EnglishTexts();

    public static ExportTexts In(Language language) => language == Language.English ? English : Dutch;

    public abstract string OnlyPersonal { get; }

    public abstract string NotAllowed(string code);

    public abstract string Ready(string code, Uri link, string until);

    private sealed class DutchTexts : ExportTexts
    {
        public override string OnlyPersonal => "Een export bevat alles over een casus, daarom maak ik die alleen in een 1-op-1-gesprek met jou. Open een privégesprek met mij en typ **exporteer casus**.";

        public override string NotAllowed(string code) => $"Alleen de eigenaar of de procesregisseur van casus **{code}** kan die exporteren.";

        public override string Ready(string code, Uri link, string until) => $"De export van casus **{code}** staat klaar, voor een inzageverzoek (AVG art. 15):\n\n- leesbare samenvatting: {link}.html\n- gegevens (JSON): {link}.json\n\nDe links zijn persoonlijk en werken tot {until}. Deel ze niet in een groepsgesprek.";
    }

    private sealed class EnglishTexts : ExportTexts
    {
        public override string OnlyPersonal => "An export holds everything about a case, so I only make one in a private chat with you. Open a 1:1 chat with me and type **export case**.";

        public override string NotAllowed(string code) => $"Only the owner or the procesregisseur of case **{code}** can export it.";

        public override string Ready(string code, Uri link, string until) => $"The export of case **{code}** is ready, for an inzageverzoek (AVG art. 15):\n\n- readable summary: {link}.html\n- data (JSON): {link}.json\n\nThe links are personal and work until {until}. Do not forward them in a group chat.";
    }
}
