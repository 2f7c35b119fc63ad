using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;
using System.Globalization;
using OzaBot.BotFramework.Dialogs.Prompts;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>Texts of "actie toevoegen", the action list and "actie 2 klaar" (Dutch first).</summary>
internal abstract class ActionTexts
{
    public static ActionTexts Dutch { get; } = new DutchTexts();

    public static ActionTexts English { get; } = new EnglishTexts();

    public static ActionTexts In(Language language) => language == Language.English ? English : Dutch;

    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public abstract string AskWhat { get; }

    public abstract string WhatHelp { get; }

    public abstract string AskWho { get; }

    public abstract string WhoHelp { get; }

    public abstract string AskWhen { get; }

    public abstract string WhenHelp { get; }

    public abstract string WhenRetry { get; }

    /// <param name="due">The due moment as <see cref="Date"/> says it, or null.</param>
    public abstract string Added(int number, string what, string owner, string? due);

    public abstract string ListHeader(string code);

    public abstract string Overdue { get; }

    public abstract string Done { get; }

    public abstract string Cancelled { get; }

    public abstract string Due(string due);

    public abstract string NoActions(string code);

    public abstract string ListFooter { get; }

    public abstract string Completed(int number, string what);

    public abstract string NoSuchAction(int number);

    public abstract string NotSaved { get; }

    /// <summary>A due moment in the region's time: the day, and the time when it is not the default end of the working day.</summary>
    public abstract string Date(DateTimeOffset due, RegionTime region);

    private sealed class DutchTexts : ActionTexts
    {
        public override string AskWhat => "Wat moet er gebeuren? Kort en neutraal, zonder namen.";

        public override string WhatHelp => "Beschrijf de actie in een paar woorden, bijv. *beschikking jeugdhulp aanvragen*. Geen namen of BSN. Typ **stop** om te stoppen.";

        public override string AskWho => "Wie pakt het op (rol)?";

        public override string WhoHelp => "Kies de rol die de actie oppakt; OzaBot bewaart geen namen. Typ een nummer of de rol.";

        public override string AskWhen => "Wanneer moet het klaar zijn? Bijv. *vrijdag*, *volgende week dinsdag*, *12 december* — of **geen**.";

        public override string WhenHelp => "Geef een datum (een tijd mag), of typ **geen** als er geen deadline is.";

        public override string WhenRetry => "Die datum begreep ik niet. Probeer *vrijdag*, *1 december* of **geen**.";

        public override string Added(int number, string what, string owner, string? due) => $"Actie {number} toegevoegd: {what} — {owner}{(due is null ? "" : ", uiterlijk " + due)}. Typ **acties** voor de lijst.";

        public override string ListHeader(string code) => $"Acties van casus **{code}**:";

        public override string Overdue => "⚠️ **te laat**";

        public override string Done => "✅ klaar";

        public override string Cancelled => "geannuleerd";

        public override string Due(string due) => "uiterlijk " + due;

        public override string NoActions(string code) => $"Casus **{code}** heeft nog geen acties. Typ **actie toevoegen** om er een toe te voegen.";

        public override string ListFooter => "Typ **actie 2 klaar** als een actie gedaan is, of **actie toevoegen**.";

        public override string Completed(int number, string what) => $"Actie {number} is afgerond: {what}.";

        public override string NoSuchAction(int number) => $"Er is geen actie {number}. Typ **acties** voor de lijst.";

        public override string NotSaved => "Niet opgeslagen; zie het bericht in de chat.";

        public override string Date(DateTimeOffset due, RegionTime region)
        {
            var local = region.Local(due);
            var culture = DutchCulture;
            return local.ToString(local.TimeOfDay == ActionDue.EndOfDay ? "ddd d MMM" : "ddd d MMM HH:mm", culture);
        }
    }

    private sealed class EnglishTexts : ActionTexts
    {
        public override string AskWhat => "What needs to be done? Keep it short and neutral, without names.";

        public override string WhatHelp => "Describe the action in a few words, e.g. *request the decision for youth care*. No names or BSN. Type **stop** to cancel.";

        public override string AskWho => "Who picks it up (role)?";

        public override string WhoHelp => "Pick the role that owns the action; OzaBot never stores names. Type a number or the role.";

        public override string AskWhen => "By when? E.g. *friday*, *next week tuesday*, *12 december* — or **none**.";

        public override string WhenHelp => "Give a date (a time is optional), or type **none** when there is no deadline.";

        public override string WhenRetry => "I didn't understand that date. Try *friday*, *1 december* or **none**.";

        public override string Added(int number, string what, string owner, string? due) => $"Action {number} added: {what} — {owner}{(due is null ? "" : ", by " + due)}. Type **actions** for the list.";

        public override string ListHeader(string code) => $"Actions of case **{code}**:";

        public override string Overdue => "⚠️ **overdue**";

        public override string Done => "✅ done";

        public override string Cancelled => "cancelled";

        public override string Due(string due) => "by " + due;

        public override string NoActions(string code) => $"Case **{code}** has no actions yet. Type **add action** to add one.";

        public override string ListFooter => "Type **action 2 done** when an action is done, or **add action**.";

        public override string Completed(int number, string what) => $"Action {number} is done: {what}.";

        public override string NoSuchAction(int number) => $"There is no action {number}. Type **actions** for the list.";

        public override string NotSaved => "Not saved; see the message in the chat.";

        public override string Date(DateTimeOffset due, RegionTime region)
        {
            var local = region.Local(due);
            var culture = EnglishCulture;
            return local.ToString(local.TimeOfDay == ActionDue.EndOfDay ? "ddd d MMM" : "ddd d MMM HH:mm", culture);
        }
    }
}
