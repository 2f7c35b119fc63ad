using System.Net;
using System.Text;

namespace OzaBot.Host.Endpoints.Transparency;

/// <summary>The Dutch privacy statement and terms of use, as small accessible HTML pages without external resources.</summary>
internal static class TransparencyPages
{
    public static string Privacy(PrivacyFacts facts) => Page("Privacyverklaring OzaBot",
        Section("Wat OzaBot is", "OzaBot helpt professionals in Microsoft Teams bij het opzetten en uitvoeren van onderwijs-zorgarrangementen. OzaBot is niet het dossier: het leerlingdossier en het jeugdhulpdossier staan elders."),
        Section("Wat OzaBot bewaart",
            "Per casus: een willekeurige code (zoals OZA-7K3M-Q9), hooguit de initialen van de leerling (alleen in een 1:1-chat), een korte naam van school of regio, de stap in het proces, checklist, acties, notities, het gezamenlijk plan, financiering, evaluaties, escalaties en toestemmingen — alleen in neutrale woorden.",
            "Geen BSN, namen, e-mailadressen, telefoonnummers, geboortedata, adressen of rekeningnummers: elke vrije tekst wordt daarop gecontroleerd en geweigerd met uitleg.",
            "E-mailadressen van professionals alleen bij een gepland overleg, voor de uitnodiging; ze verdwijnen met het overleg. Ouders en leerling krijgen geen uitnodiging van OzaBot; de school nodigt hen uit.",
            "Wie een casus inzag of wijzigde, met een pseudonieme gebruikers-id en het tijdstip (toegangslog).",
            "Wat een gesprek met OzaBot aan het doen is (de vraag die openstaat), zolang dat gesprek loopt."),
        Section("Waar", $"In {facts.Store}. Agenda-afspraken staan, als de organisatie dat heeft ingesteld, in Microsoft 365 (Exchange Online) via Microsoft Graph."),
        Section("Hoe lang", $"Een afgesloten casus wordt {facts.ClosedCaseDays} dagen na het sluiten automatisch verwijderd, met alle overleggen en .ics-links. Daarna blijven alleen anonieme tellingen (aantallen, doorlooptijden, uitkomsten) en een verwijderregistratie (code, datum, door wie, reden)."),
        Section("Toestemming", "Zorgpartners (zoals gebiedsteam en zorgaanbieder) worden alleen uitgenodigd voor een overleg over het plan als er geldige toestemming is vastgelegd, gegeven door wie dat mag naar de leeftijd van de leerling. Toestemming kan worden ingetrokken met \"toestemming intrekken\"."),
        Section("Inzage en verwijderen",
            $"Inzage: de eigenaar of de procesregisseur van de casus typt \"exporteer casus\" in een 1:1-chat en krijgt alles wat over de casus is opgeslagen, als leesbare pagina en als JSON, via persoonlijke links die {facts.ExportLinkHours} uur werken.",
            "Verwijderen: de eigenaar of de procesregisseur typt \"verwijder casus\"; na bevestiging is alles weg, behalve de verwijderregistratie."),
        Section("Verantwoordelijkheid", "De school of het schoolbestuur dat OzaBot gebruikt is verwerkingsverantwoordelijke; wie OzaBot host is verwerker. Vragen over uw gegevens stelt u aan de school."));

    public static string Terms(PrivacyFacts facts) => Page("Gebruiksvoorwaarden OzaBot",
        Section("Gebruik", "OzaBot ondersteunt het proces; besluiten nemen de betrokken professionals, ouders en leerling samen. Controleer de adviezen aan de bronnen die OzaBot noemt."),
        Section("Geen persoonsgegevens in vrije tekst", "Gebruik alleen de casuscode en rollen. Zet geen namen, BSN, contactgegevens of diagnoses in OzaBot; het dossier hoort in het eigen dossiersysteem."),
        Section("Waar u werkt", "Bespreek een casus in een groepschat met alleen de betrokkenen, niet in een teamkanaal. Punten over gezondheid of verzuim toont OzaBot alleen in een 1:1-chat."),
        Section("Bewaren", $"Afgesloten casussen verdwijnen na {facts.ClosedCaseDays} dagen; zie de privacyverklaring."));

    private static string Section(string title, params string[] paragraphs) =>
        $"<h2>{WebUtility.HtmlEncode(title)}</h2>\n" + string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));

    private static string Page(string title, params string[] sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5}</style>\n")
            .Append("</head>\n<body>\n<main>\n<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n");
        foreach (var section in sections)
        {
            html.Append(section);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
