using OzaBot.Domain.Vocabulary;
namespace OzaBot.Conversations;

/// <summary>The welcome and help, Dutch first.</summary>
internal abstract class WelcomeTexts
{
    public static WelcomeTexts Dutch { get; } = new DutchTexts();

    public static WelcomeTexts English { get; } = new EnglishTexts();

    public static WelcomeTexts In(Language language) => language == Language.English ? English : Dutch;

    public static IReadOnlyList<(string Command, string Description)> Commands(Language language) => language == Language.English
        ?
        [
            ("new case", "Start an OZA or ZiO track with a new case code."),
            ("what's next?", "The next step for your case: what, why, who and when."),
            ("step", "The current step's checklist."),
            ("show plan", "The joint plan of the case: goal, partners, actions and meetings."),
            ("plan an OZO", "I suggest times and send the invitation."),
            ("reminders off", "I remind this chat of evaluations, overdue actions and meetings, with a weekly overview (another day: overview on thursday)."),
            ("help", "This overview again. Type stop to cancel anything."),
        ]
        :
        [
            ("nieuwe casus", "Start een OZA- of ZiO-traject met een nieuwe casuscode."),
            ("wat nu?", "De volgende stap voor je casus: wat, waarom, wie en wanneer."),
            ("stap", "De checklist van de huidige stap."),
            ("toon plan", "Het gezamenlijke plan van de casus: doel, partners, acties en overleggen."),
            ("plan een OZO", "Ik stel tijdstippen voor en verstuur de uitnodiging."),
            ("herinneringen uit", "Ik herinner dit gesprek aan evaluaties, acties over tijd en overleggen, met een weekoverzicht (andere dag: overzicht op donderdag)."),
            ("help", "Deze uitleg opnieuw. Typ stop om iets af te breken."),
        ];

    /// <summary>(button title, command it sends).</summary>
    public static IReadOnlyList<(string Command, string Description)> QuickReplies(Language language) => language == Language.English
        ? [("New case", "new case"), ("What's next?", "what's next?"), ("Show plan", "show plan")]
        : [("Nieuwe casus", "nieuwe casus"), ("Wat is de volgende stap?", "wat nu?"), ("Toon het plan", "toon plan")];

    public abstract string Welcome { get; }

    public abstract string Intro { get; }

    public abstract string PrivacyNote { get; }

    private sealed class DutchTexts : WelcomeTexts
    {
        public override string Welcome => "Hallo, ik ben **OzaBot**. Ik help je stap voor stap een onderwijs-zorgarrangement (OZA) op te zetten en uit te voeren: de volgende stap, het plannen van OZO en evaluaties, en één gedeeld plan. Ik bewaar geen namen of BSN van leerlingen: een casus heet bij mij alleen een willekeurige casuscode.";

        public override string Intro => "Vraag me wat de volgende stap is, wie aan zet is en vóór wanneer. Een casus heet bij mij alleen een casuscode, nooit een naam.";

        public override string PrivacyNote => "noem in Teams geen namen, BSN of diagnoses. Gebruik de casuscode, bijvoorbeeld OZA-7K3M-Q9.";
    }

    private sealed class EnglishTexts : WelcomeTexts
    {
        public override string Welcome => "Hi, I'm **OzaBot**. I help you set up and run an education-care arrangement (OZA) step by step: the next step, planning the OZO and evaluations, and one shared plan. I keep no names or BSN of pupils: a case is known only by a random case code.";

        public override string Intro => "Ask me what the next step is, who is on turn and by when. A case is known only by its case code, never by a name.";

        public override string PrivacyNote => "don't mention names, BSNs or diagnoses in Teams. Use the case code, for example OZA-7K3M-Q9.";
    }
}
