using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>Texts of "partner toevoegen", "partners" and the partner list (Dutch first); consent texts are in ConsentTexts.</summary>
internal static class PartnerTexts
{
    public static string AskRole(bool english) => english ? "Which role does the partner have?" : "Welke rol heeft de partner?";

    public static string RoleHelp(bool english) => english
        ? "OzaBot knows partners by role, never by name. Type a number or the role, or **stop**."
        : "OzaBot kent partners aan hun rol, nooit aan hun naam. Typ een nummer of de rol, of **stop**.";

    public static string AskContact(string role, bool english) => english
        ? $"Who is the {role}? @mention someone in this chat, give an e-mail address for the invitation, or type **none**."
        : $"Wie is de {role}? Noem iemand uit deze chat met @, geef een e-mailadres voor de uitnodiging, of typ **geen**.";

    public static string ContactRetry(bool english) => english
        ? "Mention someone with @name, type an e-mail address, or **none**."
        : "Noem iemand met @naam, typ een e-mailadres, of **geen**.";

    public static string ContactHelp(bool english) => english
        ? "Only an internal id (for @mentions, not a name) is kept, never a name or an e-mail address: addresses are asked only when a meeting is planned, for its invitation."
        : "OzaBot bewaart alleen een interne id (bij @noemen, geen naam), nooit een naam of e-mailadres: adressen vraag ik pas bij het plannen van een overleg, alleen voor de uitnodiging.";

    public static string Added(string role, string code, PartnerContact? contact, bool english) => (english
        ? $"Added the {role} to case **{code}**."
        : $"De {role} is toegevoegd aan casus **{code}**.") + ContactNote(contact, english);

    public static string Replaced(string code, PartnerContact? contact, bool english) => (english
        ? $"The procesregisseur of case **{code}** has been replaced; there is always exactly one."
        : $"De procesregisseur van casus **{code}** is vervangen; er is er altijd precies één.") + ContactNote(contact, english);

    private static string ContactNote(PartnerContact? contact, bool english) => contact switch
    {
        { UserId: not null } => english ? " Linked to the chat member you mentioned (by an internal id, not by name)." : " Gekoppeld aan het genoemde chatlid (via een interne id, niet de naam).",
        { Email: not null } => english ? " The e-mail address was not kept: I ask for it only when a meeting is planned, for the invitation." : " Het e-mailadres is niet bewaard: dat vraag ik alleen bij het plannen van een overleg, voor de uitnodiging.",
        _ => "",
    };

    public static string ListHeader(string code, bool english) => english ? $"Partners of case **{code}**:" : $"Partners van casus **{code}**:";

    public static string NoPartners(string code, bool english) => english
        ? $"Case **{code}** has no partners yet. Type **add partner**."
        : $"Casus **{code}** heeft nog geen partners. Typ **partner toevoegen**.";

    public static string InChat(bool english) => english ? "chat member" : "lid van de chat";

    public static string ByEmail(bool english) => english ? "invited by e-mail" : "uitnodiging per e-mail";

    public static string ListFooter(bool english) => english
        ? "Type **add partner** or **record consent**."
        : "Typ **partner toevoegen** of **toestemming vastleggen**.";
}
