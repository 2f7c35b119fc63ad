using OzaBot.Domain.Vocabulary;
namespace OzaBot.Conversations;

/// <summary>The router's own texts (Dutch first).</summary>
internal abstract class AssistantTexts
{
    public static AssistantTexts Dutch { get; } = new DutchTexts();

    public static AssistantTexts English { get; } = new EnglishTexts();

    public static AssistantTexts In(Language language) => language == Language.English ? English : Dutch;

    public abstract string NotUnderstood { get; }

    public abstract string UnknownButton { get; }

    public abstract string SignedOut { get; }

    public abstract string LanguageChosen { get; }

    private sealed class DutchTexts : AssistantTexts
    {
        public override string NotUnderstood => "Dat begreep ik niet helemaal. Probeer **wat nu?**, **toon plan**, **nieuwe casus** of **help**.";

        public override string UnknownButton => "Deze knop werkt niet meer. Vraag het me opnieuw, bijvoorbeeld **wat nu?**.";

        public override string SignedOut => "Je bent afgemeld. Bij het volgende overleg vraag ik je opnieuw om je aan te melden.";

        public override string LanguageChosen => "Vanaf nu antwoord ik in dit gesprek in het Nederlands. Typ **english** voor Engels.";
    }

    private sealed class EnglishTexts : AssistantTexts
    {
        public override string NotUnderstood => "I didn't catch that. Try **what's next?**, **show plan**, **new case** or **help**.";

        public override string UnknownButton => "This button is no longer in use. Ask me again, for example **what's next?**.";

        public override string SignedOut => "You are signed out. I will ask you to sign in again when you plan a meeting.";

        public override string LanguageChosen => "From now on I answer in English in this conversation: questions, advice, steps and cards. Calendar invitations and the case export stay in Dutch, because partners and records read them. Type **nederlands** to switch back to Dutch.";
    }
}
