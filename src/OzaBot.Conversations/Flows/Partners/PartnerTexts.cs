using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>Texts of "partner toevoegen", "partners" and the partner list (Dutch first); consent texts are in ConsentTexts.</summary>
internal abstract class PartnerTexts
{
    public static PartnerTexts Dutch { get; } = new DutchTexts();

    public static PartnerTexts English { get; } = new EnglishTexts();

    public static PartnerTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>What became of the contact the user gave: linked to a chat member, or an address not kept.</summary>
    protected abstract string ContactNote(PartnerContact? contact);

    public abstract string AskRole { get; }

    public abstract string RoleHelp { get; }

    public abstract string AskContact(string role);

    public abstract string ContactRetry { get; }

    public abstract string ContactHelp { get; }

    public abstract string Added(string role, string code, PartnerContact? contact);

    public abstract string Replaced(string code, PartnerContact? contact);

    public abstract string ListHeader(string code);

    public abstract string NoPartners(string code);

    public abstract string InChat { get; }

    public abstract string ByEmail { get; }

    public abstract string ListFooter { get; }


    private sealed class DutchTexts : PartnerTexts
    {
        protected override string ContactNote(PartnerContact? contact) => contact switch
        {
            { UserId: not null } => " Gekoppeld aan het genoemde chatlid (via een interne id, niet de naam).",
            { Email: not null } => " Het e-mailadres is niet bewaard: dat vraag ik alleen bij het plannen van een overleg, voor de uitnodiging.",
            _ => "",
        };

        public override string AskRole => "Welke rol heeft de partner?";

        public override string RoleHelp => "OzaBot kent partners aan hun rol, nooit aan hun naam. Typ een nummer of de rol, of **stop**.";

        public override string AskContact(string role) => $"Wie is de {role}? Noem iemand uit deze chat met @, geef een e-mailadres voor de uitnodiging, of typ **geen**.";

        public override string ContactRetry => "Noem iemand met @naam, typ een e-mailadres, of **geen**.";

        public override string ContactHelp => "OzaBot bewaart alleen een interne id (bij @noemen, geen naam), nooit een naam of e-mailadres: adressen vraag ik pas bij het plannen van een overleg, alleen voor de uitnodiging.";

        public override string Added(string role, string code, PartnerContact? contact) => ($"De {role} is toegevoegd aan casus **{code}**.") + ContactNote(contact);

        public override string Replaced(string code, PartnerContact? contact) => ($"De procesregisseur van casus **{code}** is vervangen; er is er altijd precies één.") + ContactNote(contact);

        public override string ListHeader(string code) => $"Partners van casus **{code}**:";

        public override string NoPartners(string code) => $"Casus **{code}** heeft nog geen partners. Typ **partner toevoegen**.";

        public override string InChat => "lid van de chat";

        public override string ByEmail => "uitnodiging per e-mail";

        public override string ListFooter => "Typ **partner toevoegen** of **toestemming vastleggen**.";
    }

    private sealed class EnglishTexts : PartnerTexts
    {
        protected override string ContactNote(PartnerContact? contact) => contact switch
        {
            { UserId: not null } => " Linked to the chat member you mentioned (by an internal id, not by name).",
            { Email: not null } => " The e-mail address was not kept: I ask for it only when a meeting is planned, for the invitation.",
            _ => "",
        };

        public override string AskRole => "Which role does the partner have?";

        public override string RoleHelp => "OzaBot knows partners by role, never by name. Type a number or the role, or **stop**.";

        public override string AskContact(string role) => $"Who is the {role}? @mention someone in this chat, give an e-mail address for the invitation, or type **none**.";

        public override string ContactRetry => "Mention someone with @name, type an e-mail address, or **none**.";

        public override string ContactHelp => "Only an internal id (for @mentions, not a name) is kept, never a name or an e-mail address: addresses are asked only when a meeting is planned, for its invitation.";

        public override string Added(string role, string code, PartnerContact? contact) => ($"Added the {role} to case **{code}**.") + ContactNote(contact);

        public override string Replaced(string code, PartnerContact? contact) => ($"The procesregisseur of case **{code}** has been replaced; there is always exactly one.") + ContactNote(contact);

        public override string ListHeader(string code) => $"Partners of case **{code}**:";

        public override string NoPartners(string code) => $"Case **{code}** has no partners yet. Type **add partner**.";

        public override string InChat => "chat member";

        public override string ByEmail => "invited by e-mail";

        public override string ListFooter => "Type **add partner** or **record consent**.";
    }
}
