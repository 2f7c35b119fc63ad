using System.Globalization;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>Texts of "actie toevoegen", the action list and "actie 2 klaar" (Dutch first).</summary>
internal static class ActionTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string AskWhat(bool english) => english
        ? "What needs to be done? Keep it short and neutral, without names."
        : "Wat moet er gebeuren? Kort en neutraal, zonder namen.";

    public static string WhatHelp(bool english) => english
        ? "Describe the action in a few words, e.g. *request the decision for youth care*. No names or BSN. Type **stop** to cancel."
        : "Beschrijf de actie in een paar woorden, bijv. *beschikking jeugdhulp aanvragen*. Geen namen of BSN. Typ **stop** om te stoppen.";

    public static string AskWho(bool english) => english ? "Who picks it up (role)?" : "Wie pakt het op (rol)?";

    public static string WhoHelp(bool english) => english
        ? "Pick the role that owns the action; OzaBot never stores names. Type a number or the role."
        : "Kies de rol die de actie oppakt; OzaBot bewaart geen namen. Typ een nummer of de rol.";

    public static string AskWhen(bool english) => english
        ? "By when? E.g. *friday*, *next week tuesday*, *12 december* — or **none**."
        : "Wanneer moet het klaar zijn? Bijv. *vrijdag*, *volgende week dinsdag*, *12 december* — of **geen**.";

    public static string WhenHelp(bool english) => english
        ? "Give a date (a time is optional), or type **none** when there is no deadline."
        : "Geef een datum (een tijd mag), of typ **geen** als er geen deadline is.";

    public static string WhenRetry(bool english) => english
        ? "I didn't understand that date. Try *friday*, *1 december* or **none**."
        : "Die datum begreep ik niet. Probeer *vrijdag*, *1 december* of **geen**.";

    public static string Added(int number, string what, string owner, DateTimeOffset? due, bool english) => english
        ? $"Action {number} added: {what} — {owner}{(due is { } by ? ", by " + Date(by, true) : "")}. Type **actions** for the list."
        : $"Actie {number} toegevoegd: {what} — {owner}{(due is { } uiterlijk ? ", uiterlijk " + Date(uiterlijk, false) : "")}. Typ **acties** voor de lijst.";

    public static string ListHeader(string code, bool english) => english ? $"Actions of case **{code}**:" : $"Acties van casus **{code}**:";

    public static string Overdue(bool english) => english ? "⚠️ **overdue**" : "⚠️ **te laat**";

    public static string Done(bool english) => english ? "✅ done" : "✅ klaar";

    public static string Cancelled(bool english) => english ? "cancelled" : "geannuleerd";

    public static string Due(DateTimeOffset due, bool english) => (english ? "by " : "uiterlijk ") + Date(due, english);

    public static string NoActions(string code, bool english) => english
        ? $"Case **{code}** has no actions yet. Type **add action** to add one."
        : $"Casus **{code}** heeft nog geen acties. Typ **actie toevoegen** om er een toe te voegen.";

    public static string ListFooter(bool english) => english
        ? "Type **action 2 done** when an action is done, or **add action**."
        : "Typ **actie 2 klaar** als een actie gedaan is, of **actie toevoegen**.";

    public static string Completed(int number, string what, bool english) => english
        ? $"Action {number} is done: {what}."
        : $"Actie {number} is afgerond: {what}.";

    public static string NoSuchAction(int number, bool english) => english
        ? $"There is no action {number}. Type **actions** for the list."
        : $"Er is geen actie {number}. Typ **acties** voor de lijst.";

    public static string NotSaved(bool english) => english ? "Not saved; see the message in the chat." : "Niet opgeslagen; zie het bericht in de chat.";

    /// <summary>A due moment in Amsterdam time: the day, and the time when it is not the default end of the working day.</summary>
    public static string Date(DateTimeOffset due, bool english)
    {
        var local = TimeZoneInfo.ConvertTime(due, DateTimePrompt.Amsterdam);
        var culture = english ? English : Dutch;
        return local.ToString(local.TimeOfDay == ActionDue.EndOfDay ? "ddd d MMM" : "ddd d MMM HH:mm", culture);
    }
}
