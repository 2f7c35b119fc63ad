using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>Texts of the case flows: new case, next step, plan, step guidance (Dutch; English where the user reads English).</summary>
public static class CaseFlowTexts
{
    public const int MaxLabelLength = 80;

    public const string NewCaseHelp = "Ik maak een nieuwe casus aan. Die krijgt een willekeurige casuscode; namen en BSN bewaar ik niet. Typ **stop** om te stoppen.";

    public const string AskTrack = "Wat voor traject is het?";

    public const string TrackHelp = "**OZA individueel**: één leerling. **OZA groep**: een groepsarrangement. **ZiO**: zorg in onderwijstijd voor een school of regio (3 fases, 6 stappen).";

    public const string AskInitials = "Wil je initialen toevoegen, zodat je de casus zelf herkent? Ik laat ze alleen in dit 1-op-1-gesprek zien. Typ bijvoorbeeld **J.B.** of **geen**.";

    public const string InitialsHelp = "Initialen zijn optioneel en nooit zichtbaar in groepsgesprekken. Geen volledige namen.";

    public const string LabelHelp = "Een school- of regionaam helpt de partners de casus te plaatsen, bijvoorbeeld 'Basisschool De Linde' of 'Regio Noord'. Geen namen van leerlingen.";

    public const string LabelRefused = "Dat label kan ik niet gebruiken: houd het kort (max. 80 tekens) en zonder persoonsgegevens. Probeer het nog eens.";

    public const string AskSupportLevel = "Welk niveau van ondersteuning is nodig? Zo dichtbij en licht mogelijk, en zo zwaar als nodig.";

    public const string AskGoal = "Wat willen jullie vooral bereiken? Kies er nu één; bij het plan kun je meer doelstellingen kiezen en ze later aanpassen.";

    public static IReadOnlyList<(string Title, Track Track, string[] Synonyms)> Tracks { get; } =
    [
        ("OZA individueel", Track.OzaIndividueel, ["individueel", "oza", "een leerling", "individual"]),
        ("OZA groep", Track.OzaGroep, ["groep", "groepsarrangement", "group"]),
        ("ZiO school", Track.ZioSchool, ["zio", "school", "zorg in onderwijstijd"]),
        ("ZiO regio", Track.ZioRegio, ["regio", "region"]),
    ];

    public static string AskLabel(Track track) => track is Track.ZioRegio
        ? "Voor welke regio is het? (bijvoorbeeld 'Regio Noord')"
        : "Bij welke school hoort de casus? (bijvoorbeeld 'Basisschool De Linde')";

    public static bool IsNone(string text) => text.Trim().ToLowerInvariant() is "geen" or "nee" or "-" or "none" or "no" or "skip" or "overslaan";

    public static string Created(bool english, string code) => english
        ? $"Case **{code}** has been created and linked to this chat. Everyone in this chat can now see and change the case. Add only people involved with this pupil."
        : $"Casus **{code}** is aangemaakt en gekoppeld aan dit gesprek. Iedereen in dit gesprek kan de casus nu zien en wijzigen. Voeg alleen mensen toe die bij deze leerling betrokken zijn.";

    public static string NextStepIntro(bool english, string code) => english
        ? $"Next steps for **{code}**:"
        : $"De volgende stappen voor **{code}**:";

    public static string NothingToDo(bool english) => english
        ? "Nothing is waiting right now. Type **show plan** for the whole plan."
        : "Er staat nu niets open. Typ **toon plan** voor het hele plan.";

    public static string PlanIntro(bool english, string code) => english ? $"The plan for **{code}**:" : $"Het plan van **{code}**:";

    public static string StepSaved(bool english) => english ? "Saved. Everyone in the chat sees the update." : "Opgeslagen. Iedereen in het gesprek ziet de wijziging.";

    public static string StepAdvanced(bool english, string stepName) => english
        ? $"On to the next step: **{stepName}**."
        : $"Door naar de volgende stap: **{stepName}**.";

    public const string ConfirmChannel =
        "Dit is een teamkanaal: iedereen in het team ziet deze casus, ook wie er niet bij betrokken is. Beter is een groepschat met alleen de betrokkenen. Wil je de casus toch hier aanmaken? (ja/nee)";

    public const string UseGroupChat =
        "Goed: er is niets aangemaakt. Start een groepschat met alleen de betrokkenen, voeg OzaBot toe en typ daar **nieuwe casus**.";

    /// <summary>Under the checklist in a group chat: sensitive items exist but are not shown here.</summary>
    public static string SensitiveHidden(int count) => count == 1
        ? "1 punt over gezondheid of verzuim staat alleen in je 1:1-chat met OzaBot."
        : $"{count} punten over gezondheid of verzuim staan alleen in je 1:1-chat met OzaBot.";

    public static string StaleCard(bool english) => english
        ? "Someone changed this case in the meantime, so I didn't apply your change. Here is the current version — please check and try again."
        : "Iemand heeft de casus intussen gewijzigd, dus ik heb je wijziging niet doorgevoerd. Hier is de actuele versie: kijk het na en probeer het opnieuw.";
}
