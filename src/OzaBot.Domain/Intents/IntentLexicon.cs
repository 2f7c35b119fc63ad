using OzaBot.Domain.Content;

namespace OzaBot.Domain.Intents;

/// <summary>
/// Dutch and English words, each mapped to one or more concepts the intent rules are written in.
/// A word may carry several concepts ("plan" is both a verb and a noun; the rules decide).
/// </summary>
internal static class IntentLexicon
{
    public static readonly IReadOnlyDictionary<string, string[]> Words = Build(
    [
        ("next", "volgende volgend hierna daarna erna next nxt"),
        ("step", "stap stappen step steps fase phase"),
        ("now", "nu now nou"),
        ("what", "wat what whats wats welke which hoe how"),
        ("todo", "doen doet moet moeten doe do does must should need hoort"),
        ("who", "wie who whose"),
        ("turn", "zet beurt turn"),
        ("continue", "verder doorgaan continue continueer proceed resume hervat hervatten vervolg"),
        ("onward", "door"),
        ("new", "nieuw nieuwe new aanmaken maak maken create make open openen registreer registreren"),
        ("case", "casus case dossier traject arrangement oza zio zaak"),
        ("cases", "casussen cases dossiers trajecten arrangementen zaken"),
        ("signal", "signaal melding signal zorgsignaal"),
        ("planverb", "plan plannen inplannen schedule organiseer organiseren organise organize beleg beleggen regel regelen arrange book boek boeken prik prikken afspreken planning agenda agendeer agenderen"),
        ("meeting", "overleg meeting vergadering bijeenkomst afspraak mdo sessie session"),
        ("ozo", "ozo zorgoverleg onderwijszorgoverleg"),
        ("final", "eindevaluatie eindevaluaties slotevaluatie eindgesprek"),
        ("closing", "final closing concluding laatste afsluitende"),
        ("eval", "evaluatie evaluaties evaluatiegesprek evaluatiemoment evaluation evaluate evalueren evalueer review"),
        ("actietafel", "actietafel actietafels regiotafel escalatietafel"),
        ("tafel", "tafel table"),
        ("regionaal", "regionale regionaal regional action"),
        ("projectgroep", "projectgroep werkgroep projectgroup"),
        ("show", "toon tonen laat zien show bekijk bekijken view see geef display overzicht overview"),
        ("plannoun", "plan actieplan planning checklist checklijst afspraken status stand zorgplan"),
        ("start", "start starten begin beginnen ga gaan go move"),
        ("framework", "gesprekskader gespreksleidraad kader framework kwaliteitskompas gespreksmap blokken"),
        ("escalate", "escaleren escaleer escalatie escalate escalation opschalen doorzettingsmacht vastgelopen vastlopen stagnatie stagneert stuck blocked escaleert"),
        ("stuck", "vast klem"),
        ("revise", "wijzig wijzigen aanpassen pas bijstellen bijstel herzien herzie revise update edit"),
        ("goalnoun", "doelstelling doelstellingen doelen"),
        ("bring", "breng brengen inbrengen aanmelden bring take"),
        ("help", "help helpen hulp uitleg explain handleiding instructies commands commando's commandos"),
        ("can", "kun kan kunt can"),
        ("you", "je jij jullie you u"),
        ("works", "werkt werken work works"),
        ("cancel", "annuleer annuleren stop stoppen cancel afbreken breek quit exit nevermind vergeet"),
        ("laat", "laat"),
        ("maar", "maar"),
        ("never", "never"),
        ("mind", "mind"),
        ("my", "mijn my mn"),
        ("all", "alle all al allemaal"),
        ("list", "lijst list lijstje overzicht overview"),
        ("switch", "wissel wisselen switch ander andere other another kies kiezen choose select selecteer change verander"),
        ("add", "voeg toevoegen add erbij uitnodigen invite betrek"),
        ("partner", "partner partners toestemmingen consents deelnemer deelnemers lid member leerplicht leerplichtambtenaar gebiedsteam wijkteam zorgaanbieder procesregisseur regisseur swv samenwerkingsverband consulent gemeente zorgkantoor ouders"),
        ("action", "actie acties actiepunt actiepunten taak taken todo task tasks action actions"),
        ("record", "vastleggen vastgelegd leg invullen vul record fill log noteer noteren registreer"),
        ("outcome", "uitval tevredenheid doelrealisatie outcome scores"),
        ("close", "sluit sluiten afsluiten afgesloten close beeindig beeindigen afronden finish"),
        ("delete", "verwijder verwijderen wis wissen delete remove weggooien"),
        ("export", "exporteer exporteren export inzage inzageverzoek download downloaden"),
        ("agree", "vaststellen vastgesteld vaststelling akkoord agree agreed finalise finalize"),
        ("set", "stel"),
        ("financing", "financiering financieringen bekostiging betaalt betalen financing funding pays beschikking beschikkingen tlv indicatie"),
        ("circumstance", "omstandigheid omstandigheden thuiszitten thuiszitter verzuim vrijstelling variawet onderwijstijd"),
        ("consent", "toestemming consent permission"),
        ("withdraw", "intrekken trek trekken trekt ingetrokken terugtrekken herroep herroepen withdraw revoke"),
        ("stepword", "verkennen verkenning explore exploring betrekken involve involving engage ontwikkelen develop developing arrangeren arranging activeren activate activating inventariseren analyseren prioriteren samenwerking implementatie pilot borging bestendiging"),
    ]);

    /// <summary>Words that name a step, with the step they name.</summary>
    public static readonly IReadOnlyDictionary<string, string> StepWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["verkennen"] = StepIds.OzaVerkennen,
        ["verkenning"] = StepIds.OzaVerkennen,
        ["explore"] = StepIds.OzaVerkennen,
        ["exploring"] = StepIds.OzaVerkennen,
        ["betrekken"] = StepIds.OzaBetrekken,
        ["involve"] = StepIds.OzaBetrekken,
        ["involving"] = StepIds.OzaBetrekken,
        ["engage"] = StepIds.OzaBetrekken,
        ["ontwikkelen"] = StepIds.OzaOntwikkelen,
        ["develop"] = StepIds.OzaOntwikkelen,
        ["developing"] = StepIds.OzaOntwikkelen,
        ["arrangeren"] = StepIds.OzaArrangeren,
        ["arranging"] = StepIds.OzaArrangeren,
        ["activeren"] = StepIds.OzaActiveren,
        ["activate"] = StepIds.OzaActiveren,
        ["activating"] = StepIds.OzaActiveren,
        ["inventariseren"] = StepIds.ZioDataInventariseren,
        ["analyseren"] = StepIds.ZioDataAnalyseren,
        ["prioriteren"] = StepIds.ZioInzichtenPrioriteren,
        ["samenwerking"] = StepIds.ZioInrichtenSamenwerking,
        ["implementatie"] = StepIds.ZioOntwikkelingImplementatie,
        ["pilot"] = StepIds.ZioOntwikkelingImplementatie,
        ["borging"] = StepIds.ZioBorging,
        ["bestendiging"] = StepIds.ZioBorging,
    };

    private static Dictionary<string, string[]> Build((string Concept, string Words)[] table)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (concept, words) in table)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(word, out var concepts))
                {
                    map[word] = concepts = [];
                }

                if (!concepts.Contains(concept))
                {
                    concepts.Add(concept);
                }
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
