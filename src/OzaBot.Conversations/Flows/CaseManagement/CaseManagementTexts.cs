using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>Texts of "mijn casussen", "wissel casus", "sluit casus" and "verwijder casus" (Dutch first).</summary>
internal static class CaseManagementTexts
{
    public const string CloseHelp = "Sluiten zet de casus op gesloten: niemand kan nog iets wijzigen, de geschiedenis blijft bewaard voor de bewaartermijn. Kies een reden of typ **stop**.";
    public const string CloseHelpEn = "Closing makes the case read-only; its history is kept for the retention period. Pick a reason or type **stop**.";
    public const string DeleteHelp = "Verwijderen haalt de casus met alles erin definitief weg. Typ **ja** om te verwijderen of **nee** om te stoppen.";
    public const string DeleteHelpEn = "Deleting removes the case and everything in it for good. Type **yes** to delete or **no** to stop.";

    public static string Track(Track track, bool english) => track switch
    {
        Domain.Vocabulary.Track.OzaIndividueel => english ? "OZA individual" : "OZA individueel",
        Domain.Vocabulary.Track.OzaGroep => english ? "OZA group" : "OZA groep",
        Domain.Vocabulary.Track.ZioSchool => "ZiO school",
        _ => english ? "ZiO region" : "ZiO regio",
    };

    public static string ListHeader(bool english) => english ? "Cases in this chat:" : "Casussen in dit gesprek:";

    public static string ListLine(int number, string code, string track, string step, string? initials, bool active, bool closed, bool english) =>
        $"{number}. **{code}**{(initials is null ? "" : $" ({initials})")} — {track} — {(english ? "step" : "stap")} {step}"
        + (closed ? english ? " — closed" : " — gesloten" : "")
        + (active ? english ? " ← active" : " ← actief" : "");

    public static string ListFooter(bool english) => english
        ? "Type **switch case** with a number or code to work on another case."
        : "Typ **wissel casus** met een nummer of code om met een andere casus verder te gaan.";

    public static string Switched(string code, bool english) => english
        ? $"You are now working on case **{code}**. Ask **what's next?**"
        : $"Je werkt nu aan casus **{code}**. Vraag **wat nu?**";

    public static string NoSuchNumber(int number, bool english) => english
        ? $"There is no case {number} in this chat. Type **my cases** for the list."
        : $"Er is geen casus {number} in dit gesprek. Typ **mijn casussen** voor de lijst.";

    public static string AskCloseReason(string code, bool english) => english
        ? $"Why is case **{code}** being closed?"
        : $"Waarom sluit je casus **{code}**?";

    public static string ConfirmClose(string code, int retentionDays, bool english) => english
        ? $"Close case **{code}**? Nobody can change it afterwards; everything is kept for {retentionDays} more days and then removed automatically."
        : $"Casus **{code}** sluiten? Daarna kan niemand meer iets wijzigen; alles blijft nog {retentionDays} dagen bewaard en wordt dan automatisch verwijderd.";

    public static string Closed(string code, string purgeNotice, bool english) => english
        ? $"Case **{code}** is closed. {purgeNotice} To remove everything now, type **delete case {code}**."
        : $"Casus **{code}** is gesloten. {purgeNotice} Wil je nu al alles weg, typ dan **verwijder casus {code}**.";

    public static string NotClosed(string code, bool english) => english
        ? $"Fine, case **{code}** stays open."
        : $"Goed, casus **{code}** blijft open.";

    public static string ConfirmDelete(string code, bool english) => english
        ? $"Are you sure? This deletes case **{code}** with all its steps, partners, actions, consents, meetings and history, for everyone. This cannot be undone."
        : $"Weet je het zeker? Dit verwijdert casus **{code}** met alle stappen, partners, acties, toestemmingen, overleggen en geschiedenis, voor iedereen. Dit kan niet ongedaan worden.";

    public static string Deleted(string code, Case deleted, bool english) => english
        ? $"Case **{code}** has been deleted: {deleted.Partners.Count} partner(s), {deleted.Actions.Count} action(s), {deleted.Meetings.Count} meeting(s) with their .ics links, {deleted.Consents.Count} consent(s) and the history. Only a deletion record remains (date, by whom, reason) and anonymous counts. Appointments already in someone's calendar stay there; remove those yourself."
        : $"Casus **{code}** is verwijderd: {deleted.Partners.Count} partner(s), {deleted.Actions.Count} actie(s), {deleted.Meetings.Count} overleg(gen) met hun .ics-links, {deleted.Consents.Count} toestemming(en) en de geschiedenis. Alleen een verwijderregistratie blijft bewaard (datum, door wie, reden) en anonieme tellingen. Afspraken die al in iemands agenda staan blijven daar staan; verwijder die zelf.";

    public static string DeleteNotAllowed(string code, bool english) => english
        ? $"Only the owner or the procesregisseur of case **{code}** can delete it. Ask them, or close the case with **close case**."
        : $"Alleen de eigenaar of de procesregisseur van casus **{code}** kan die verwijderen. Vraag het hun, of sluit de casus met **sluit casus**.";

    public static string NotDeleted(string code, bool english) => english
        ? $"Fine, case **{code}** has not been deleted."
        : $"Goed, casus **{code}** is niet verwijderd.";

    public static IReadOnlyList<(CloseReason Reason, string Title, string[] Synonyms)> Reasons(bool english) =>
    [
        (CloseReason.DoelenBereikt, english ? "Goals achieved" : "Doelen bereikt", ["doelen", "bereikt", "goals"]),
        (CloseReason.GeenArrangementNodig, english ? "No arrangement needed" : "Geen arrangement nodig", ["niet nodig", "not needed"]),
        (CloseReason.EldersGeholpen, english ? "Helped elsewhere" : "Elders geholpen", ["elders", "elsewhere", "verhuisd"]),
        (CloseReason.Overig, english ? "Other" : "Anders", ["overig", "other"]),
    ];
}
