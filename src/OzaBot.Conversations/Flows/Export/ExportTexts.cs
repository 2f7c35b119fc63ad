namespace OzaBot.Conversations.Flows.Export;

/// <summary>Texts of "exporteer casus" (Dutch first).</summary>
internal static class ExportTexts
{
    public static string OnlyPersonal(bool english) => english
        ? "An export holds everything about a case, so I only make one in a private chat with you. Open a 1:1 chat with me and type **export case**."
        : "Een export bevat alles over een casus, daarom maak ik die alleen in een 1-op-1-gesprek met jou. Open een privégesprek met mij en typ **exporteer casus**.";

    public static string NotAllowed(string code, bool english) => english
        ? $"Only the owner or the procesregisseur of case **{code}** can export it."
        : $"Alleen de eigenaar of de procesregisseur van casus **{code}** kan die exporteren.";

    public static string Ready(string code, Uri link, string until, bool english) => english
        ? $"The export of case **{code}** is ready, for an inzageverzoek (AVG art. 15):\n\n- readable summary: {link}.html\n- data (JSON): {link}.json\n\nThe links are personal and work until {until}. Do not forward them in a group chat."
        : $"De export van casus **{code}** staat klaar, voor een inzageverzoek (AVG art. 15):\n\n- leesbare samenvatting: {link}.html\n- gegevens (JSON): {link}.json\n\nDe links zijn persoonlijk en werken tot {until}. Deel ze niet in een groepsgesprek.";
}
