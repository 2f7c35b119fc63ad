using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// Texts of the case flows (new case, next step, plan, step guidance), one catalogue per language: every text is
/// abstract here, so a language without it does not compile.
/// </summary>
public abstract class CaseFlowTexts
{
    public const int MaxLabelLength = 80;

    public static CaseFlowTexts Dutch { get; } = new DutchTexts();

    public static CaseFlowTexts English { get; } = new EnglishTexts();

    public static CaseFlowTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>The tracks to choose from; Dutch and English names are understood in either language.</summary>
    public static IReadOnlyList<(Track Track, string[] Synonyms)> Tracks { get; } =
    [
        (Track.OzaIndividueel, ["oza individueel", "individueel", "oza", "een leerling", "oza individual", "individual"]),
        (Track.OzaGroep, ["oza groep", "groep", "groepsarrangement", "oza group", "group"]),
        (Track.ZioSchool, ["zio school", "zio", "school", "zorg in onderwijstijd"]),
        (Track.ZioRegio, ["zio regio", "regio", "region", "zio region"]),
    ];

    public static bool IsNone(string text) => text.Trim().ToLowerInvariant() is "geen" or "nee" or "-" or "none" or "no" or "skip" or "overslaan";

    public abstract string NewCaseHelp { get; }

    public abstract string AskTrack { get; }

    public abstract string TrackHelp { get; }

    public abstract string AskInitials { get; }

    public abstract string InitialsHelp { get; }

    public abstract string LabelHelp { get; }

    public abstract string LabelRefused { get; }

    public abstract string AskSupportLevel { get; }

    public abstract string AskGoal { get; }

    public abstract string ConfirmChannel { get; }

    public abstract string UseGroupChat { get; }

    public abstract string NothingToDo { get; }

    public abstract string StepSaved { get; }

    public abstract string StaleCard { get; }

    public abstract string TrackName(Track track);

    public abstract string AskLabel(Track track);

    public abstract string Created(string code);

    public abstract string NextStepIntro(string code);

    public abstract string PlanIntro(string code);

    public abstract string StepAdvanced(string stepName);

    /// <summary>Under the checklist in a group chat: sensitive items exist but are not shown here.</summary>
    public abstract string SensitiveHidden(int count);

    /// <summary>The answer to a refused card click: the reason follows in the chat.</summary>
    public abstract string NotSavedSeeChat { get; }

    private sealed class DutchTexts : CaseFlowTexts
    {
        public override string NotSavedSeeChat => "Niet opgeslagen: de reden staat in het gesprek.";

        public override string NewCaseHelp => "Ik maak een nieuwe casus aan. Die krijgt een willekeurige casuscode; namen en BSN bewaar ik niet. Typ **stop** om te stoppen.";

        public override string AskTrack => "Wat voor traject is het?";

        public override string TrackHelp => "**OZA individueel**: één leerling. **OZA groep**: een groepsarrangement. **ZiO**: zorg in onderwijstijd voor een school of regio (3 fases, 6 stappen).";

        public override string AskInitials => "Wil je initialen toevoegen, zodat je de casus zelf herkent? Ik laat ze alleen in dit 1-op-1-gesprek zien. Typ bijvoorbeeld **J.B.** of **geen**.";

        public override string InitialsHelp => "Initialen zijn optioneel en nooit zichtbaar in groepsgesprekken. Geen volledige namen.";

        public override string LabelHelp => "Een school- of regionaam helpt de partners de casus te plaatsen, bijvoorbeeld 'Basisschool De Linde' of 'Regio Noord'. Geen namen van leerlingen.";

        public override string LabelRefused => "Dat label kan ik niet gebruiken: houd het kort (max. 80 tekens) en zonder persoonsgegevens. Probeer het nog eens.";

        public override string AskSupportLevel => "Welk niveau van ondersteuning is nodig? Zo dichtbij en licht mogelijk, en zo zwaar als nodig.";

        public override string AskGoal => "Wat willen jullie vooral bereiken? Kies er nu één; bij het plan kun je meer doelstellingen kiezen en ze later aanpassen.";

        public override string ConfirmChannel =>
            "Dit is een teamkanaal: iedereen in het team ziet deze casus, ook wie er niet bij betrokken is. Beter is een groepschat met alleen de betrokkenen. Wil je de casus toch hier aanmaken? (ja/nee)";

        public override string UseGroupChat =>
            "Goed: er is niets aangemaakt. Start een groepschat met alleen de betrokkenen, voeg OzaBot toe en typ daar **nieuwe casus**.";

        public override string NothingToDo => "Er staat nu niets open. Typ **toon plan** voor het hele plan.";

        public override string StepSaved => "Opgeslagen. Iedereen in het gesprek ziet de wijziging.";

        public override string StaleCard =>
            "Iemand heeft de casus intussen gewijzigd, dus ik heb je wijziging niet doorgevoerd. Hier is de actuele versie: kijk het na en probeer het opnieuw.";

        public override string TrackName(Track track) => track switch
        {
            Track.OzaIndividueel => "OZA individueel",
            Track.OzaGroep => "OZA groep",
            Track.ZioSchool => "ZiO school",
            _ => "ZiO regio",
        };

        public override string AskLabel(Track track) => track is Track.ZioRegio
            ? "Voor welke regio is het? (bijvoorbeeld 'Regio Noord')"
            : "Bij welke school hoort de casus? (bijvoorbeeld 'Basisschool De Linde')";

        public override string Created(string code) =>
            $"Casus **{code}** is aangemaakt en gekoppeld aan dit gesprek. Iedereen in dit gesprek kan de casus nu zien en wijzigen. Voeg alleen mensen toe die bij deze leerling betrokken zijn.";

        public override string NextStepIntro(string code) => $"De volgende stappen voor **{code}**:";

        public override string PlanIntro(string code) => $"Het plan van **{code}**:";

        public override string StepAdvanced(string stepName) => $"Door naar de volgende stap: **{stepName}**.";

        public override string SensitiveHidden(int count) => count == 1
            ? "1 punt over gezondheid of verzuim staat alleen in je 1:1-chat met OzaBot."
            : $"{count} punten over gezondheid of verzuim staan alleen in je 1:1-chat met OzaBot.";
    }

    private sealed class EnglishTexts : CaseFlowTexts
    {
        public override string NotSavedSeeChat => "Not saved: see the reason in the chat.";

        public override string NewCaseHelp => "I create a new case. It gets a random case code; I keep no names and no BSN. Type **stop** to stop.";

        public override string AskTrack => "What kind of trajectory is it?";

        public override string TrackHelp => "**OZA individual**: one pupil. **OZA group**: a group arrangement. **ZiO**: care during school hours for a school or region (3 phases, 6 steps).";

        public override string AskInitials => "Do you want to add initials, so you recognise the case yourself? I only show them in this 1:1 chat. Type for example **J.B.** or **none**.";

        public override string InitialsHelp => "Initials are optional and never visible in group chats. No full names.";

        public override string LabelHelp => "A school or region name helps the partners place the case, for example “Basisschool De Linde” or “Regio Noord”. No pupils' names.";

        public override string LabelRefused => "I can't use that label: keep it short (at most 80 characters) and without personal data. Please try again.";

        public override string AskSupportLevel => "Which level of support is needed? As close and light as possible, and as heavy as necessary.";

        public override string AskGoal => "What do you mainly want to achieve? Choose one now; in the plan you can choose more objectives and change them later.";

        public override string ConfirmChannel =>
            "This is a team channel: everyone in the team sees this case, also people who are not involved. A group chat with only the people involved is better. Do you still want to create the case here? (yes/no)";

        public override string UseGroupChat =>
            "Fine: nothing was created. Start a group chat with only the people involved, add OzaBot and type **new case** there.";

        public override string NothingToDo => "Nothing is waiting right now. Type **show plan** for the whole plan.";

        public override string StepSaved => "Saved. Everyone in the chat sees the update.";

        public override string StaleCard =>
            "Someone changed this case in the meantime, so I didn't apply your change. Here is the current version — please check and try again.";

        public override string TrackName(Track track) => track switch
        {
            Track.OzaIndividueel => "OZA individual",
            Track.OzaGroep => "OZA group",
            Track.ZioSchool => "ZiO school",
            _ => "ZiO region",
        };

        public override string AskLabel(Track track) => track is Track.ZioRegio
            ? "Which region is it for? (for example “Regio Noord”)"
            : "Which school does the case belong to? (for example “Basisschool De Linde”)";

        public override string Created(string code) =>
            $"Case **{code}** has been created and linked to this chat. Everyone in this chat can now see and change the case. Add only people involved with this pupil.";

        public override string NextStepIntro(string code) => $"Next steps for **{code}**:";

        public override string PlanIntro(string code) => $"The plan for **{code}**:";

        public override string StepAdvanced(string stepName) => $"On to the next step: **{stepName}**.";

        public override string SensitiveHidden(int count) => count == 1
            ? "1 item about health or absence is only in your 1:1 chat with OzaBot."
            : $"{count} items about health or absence are only in your 1:1 chat with OzaBot.";
    }
}
