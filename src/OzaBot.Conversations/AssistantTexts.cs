namespace OzaBot.Conversations;

/// <summary>The router's own texts (Dutch first).</summary>
internal static class AssistantTexts
{
    public static string NotUnderstood(bool english) => english
        ? "I didn't catch that. Try **what's next?**, **show plan**, **new case** or **help**."
        : "Dat begreep ik niet helemaal. Probeer **wat nu?**, **toon plan**, **nieuwe casus** of **help**.";

    public static string UnknownButton(bool english) => english
        ? "This button is no longer in use. Ask me again, for example **what's next?**."
        : "Deze knop werkt niet meer. Vraag het me opnieuw, bijvoorbeeld **wat nu?**.";

    public static string SignedOut(bool english) => english
        ? "You are signed out. I will ask you to sign in again when you plan a meeting."
        : "Je bent afgemeld. Bij het volgende overleg vraag ik je opnieuw om je aan te melden.";

    public static string LanguageChosen(bool english) => english
        ? "From now on I answer in English in this conversation: questions, advice, steps and cards. Calendar invitations and the case export stay in Dutch, because partners and records read them. Type **nederlands** to switch back to Dutch."
        : "Vanaf nu antwoord ik in dit gesprek in het Nederlands. Typ **english** voor Engels.";
}
