using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>Texts of "mijn casussen", "wissel casus", "sluit casus" and "verwijder casus" (Dutch first).</summary>
internal abstract class CaseManagementTexts
{
    public static CaseManagementTexts Dutch { get; } = new DutchTexts();

    public static CaseManagementTexts English { get; } = new EnglishTexts();

    public static CaseManagementTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>The reasons to close, with the words (in either language) that pick them.</summary>
    public static IReadOnlyList<(CloseReason Reason, string[] Synonyms)> Reasons { get; } =
    [
        (CloseReason.DoelenBereikt, ["doelen bereikt", "doelen", "bereikt", "goals achieved", "goals"]),
        (CloseReason.GeenArrangementNodig, ["geen arrangement nodig", "niet nodig", "no arrangement needed", "not needed"]),
        (CloseReason.EldersGeholpen, ["elders geholpen", "elders", "helped elsewhere", "elsewhere", "verhuisd"]),
        (CloseReason.Overig, ["anders", "overig", "other"]),
    ];

    public abstract string ReasonTitle(CloseReason reason);

    public abstract string ListHeader { get; }

    public abstract string ListLine(int number, string code, string track, string step, string? initials, bool active, bool closed);

    public abstract string ListFooter { get; }

    public abstract string Switched(string code);

    public abstract string NoSuchNumber(int number);

    public abstract string AskCloseReason(string code);

    public abstract string ConfirmClose(string code, int retentionDays);

    public abstract string Closed(string code, string purgeNotice);

    public abstract string NotClosed(string code);

    public abstract string ConfirmDelete(string code);

    public abstract string Deleted(string code, Case deleted);

    public abstract string DeleteNotAllowed(string code);

    public abstract string NotDeleted(string code);

    public abstract string CloseHelp { get; }

    public abstract string DeleteHelp { get; }


    private sealed class DutchTexts : CaseManagementTexts
    {
        public override string ReasonTitle(CloseReason reason) => reason switch
        {
            CloseReason.DoelenBereikt => "Doelen bereikt",
            CloseReason.GeenArrangementNodig => "Geen arrangement nodig",
            CloseReason.EldersGeholpen => "Elders geholpen",
            _ => "Anders",
        };

        public override string DeleteHelp => "Verwijderen haalt de casus met alles erin definitief weg. Typ **ja** om te verwijderen of **nee** om te stoppen.";

        public override string CloseHelp => "Sluiten zet de casus op gesloten: niemand kan nog iets wijzigen, de geschiedenis blijft bewaard voor de bewaartermijn. Kies een reden of typ **stop**.";

        public override string ListHeader => "Casussen in dit gesprek:";

        public override string ListLine(int number, string code, string track, string step, string? initials, bool active, bool closed) =>
                $"{number}. **{code}**{(initials is null ? "" : $" ({initials})")} — {track} — {("stap")} {step}"
            + (closed ? " — gesloten" : "")
            + (active ? " ← actief" : "");

        public override string ListFooter => "Typ **wissel casus** met een nummer of code om met een andere casus verder te gaan.";

        public override string Switched(string code) => $"Je werkt nu aan casus **{code}**. Vraag **wat nu?**";

        public override string NoSuchNumber(int number) => $"Er is geen casus {number} in dit gesprek. Typ **mijn casussen** voor de lijst.";

        public override string AskCloseReason(string code) => $"Waarom sluit je casus **{code}**?";

        public override string ConfirmClose(string code, int retentionDays) => $"Casus **{code}** sluiten? Daarna kan niemand meer iets wijzigen; alles blijft nog {retentionDays} dagen bewaard en wordt dan automatisch verwijderd.";

        public override string Closed(string code, string purgeNotice) => $"Casus **{code}** is gesloten. {purgeNotice} Wil je nu al alles weg, typ dan **verwijder casus {code}**.";

        public override string NotClosed(string code) => $"Goed, casus **{code}** blijft open.";

        public override string ConfirmDelete(string code) => $"Weet je het zeker? Dit verwijdert casus **{code}** met alle stappen, partners, acties, toestemmingen, overleggen en geschiedenis, voor iedereen. Dit kan niet ongedaan worden.";

        public override string Deleted(string code, Case deleted) => $"Casus **{code}** is verwijderd: {deleted.Partners.Count} partner(s), {deleted.Actions.Count} actie(s), {deleted.Meetings.Count} overleg(gen) met hun .ics-links, {deleted.Consents.Count} toestemming(en) en de geschiedenis. Alleen een verwijderregistratie blijft bewaard (datum, door wie, reden) en anonieme tellingen. Afspraken die al in iemands agenda staan blijven daar staan; verwijder die zelf.";

        public override string DeleteNotAllowed(string code) => $"Alleen de eigenaar of de procesregisseur van casus **{code}** kan die verwijderen. Vraag het hun, of sluit de casus met **sluit casus**.";

        public override string NotDeleted(string code) => $"Goed, casus **{code}** is niet verwijderd.";
    }

    private sealed class EnglishTexts : CaseManagementTexts
    {
        public override string ReasonTitle(CloseReason reason) => reason switch
        {
            CloseReason.DoelenBereikt => "Goals achieved",
            CloseReason.GeenArrangementNodig => "No arrangement needed",
            CloseReason.EldersGeholpen => "Helped elsewhere",
            _ => "Other",
        };

        public override string DeleteHelp => "Deleting removes the case and everything in it for good. Type **yes** to delete or **no** to stop.";

        public override string CloseHelp => "Closing makes the case read-only; its history is kept for the retention period. Pick a reason or type **stop**.";

        public override string ListHeader => "Cases in this chat:";

        public override string ListLine(int number, string code, string track, string step, string? initials, bool active, bool closed) =>
                $"{number}. **{code}**{(initials is null ? "" : $" ({initials})")} — {track} — {("step")} {step}"
            + (closed ? " — closed" : "")
            + (active ? " ← active" : "");

        public override string ListFooter => "Type **switch case** with a number or code to work on another case.";

        public override string Switched(string code) => $"You are now working on case **{code}**. Ask **what's next?**";

        public override string NoSuchNumber(int number) => $"There is no case {number} in this chat. Type **my cases** for the list.";

        public override string AskCloseReason(string code) => $"Why is case **{code}** being closed?";

        public override string ConfirmClose(string code, int retentionDays) => $"Close case **{code}**? Nobody can change it afterwards; everything is kept for {retentionDays} more days and then removed automatically.";

        public override string Closed(string code, string purgeNotice) => $"Case **{code}** is closed. {purgeNotice} To remove everything now, type **delete case {code}**.";

        public override string NotClosed(string code) => $"Fine, case **{code}** stays open.";

        public override string ConfirmDelete(string code) => $"Are you sure? This deletes case **{code}** with all its steps, partners, actions, consents, meetings and history, for everyone. This cannot be undone.";

        public override string Deleted(string code, Case deleted) => $"Case **{code}** has been deleted: {deleted.Partners.Count} partner(s), {deleted.Actions.Count} action(s), {deleted.Meetings.Count} meeting(s) with their .ics links, {deleted.Consents.Count} consent(s) and the history. Only a deletion record remains (date, by whom, reason) and anonymous counts. Appointments already in someone's calendar stay there; remove those yourself.";

        public override string DeleteNotAllowed(string code) => $"Only the owner or the procesregisseur of case **{code}** can delete it. Ask them, or close the case with **close case**.";

        public override string NotDeleted(string code) => $"Fine, case **{code}** has not been deleted.";
    }
}
