using OzaBot.Host.Configuration;
using OzaBot.Integrations.Calendar;
using static OzaBot.Host.Privacy.PrivacyHtml;

namespace OzaBot.Host.Privacy;

/// <summary>The privacy statement at <c>/privacy</c>: what OzaBot stores, where, how long, and how to export or delete it.</summary>
internal static class PrivacyStatement
{
    public const string Title = "Privacyverklaring OzaBot";

    public static string Render(PrivacyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Page(Title, $$"""
            <p>OzaBot is een assistent in Microsoft Teams voor professionals die een onderwijs-zorgarrangement (OZA) of zorg in
            onderwijstijd (ZiO) opzetten en uitvoeren: de stappen, de afspraken en het plannen van overleg. OzaBot is niet het
            dossier van de leerling; dat blijft bij de school, het samenwerkingsverband en de jeugdhulp. Deze verklaring gaat over
            deze installatie: de bewaartermijn, de opslag en de regio hieronder komen uit haar instellingen.</p>

            <h2>Wie is verantwoordelijk</h2>
            <p>De school, het schoolbestuur of het samenwerkingsverband dat OzaBot in Teams aanbiedt, is verwerkingsverantwoordelijke.
            Wie OzaBot voor hen host, is verwerker. Met vragen over uw gegevens gaat u naar de functionaris gegevensbescherming
            (FG) van die school of dat bestuur.</p>

            <h2>Wat OzaBot bewaart</h2>
            <p>Over een casus:</p>
            <ul>
            <li>een willekeurige casuscode, zoals <code>OZA-7K3M-Q9</code>: alleen daaraan kent OzaBot de casus;</li>
            <li>alleen als de eigenaar ze in een 1-op-1-chat opgeeft: initialen (1 tot 4 letters);</li>
            <li>de verantwoordelijke organisatie, zoals de gebruiker die noemt (bijvoorbeeld het schoolbestuur);</li>
            <li>het traject, de stap, de checklist, het ondersteuningsniveau, de doelstelling en het gezamenlijk plan met zijn eerdere versies;</li>
            <li>partners per rol (bijvoorbeeld gebiedsteam), met een korte omschrijving en, als iemand met @ is genoemd, diens gebruikers-id;</li>
            <li>acties (wat, welke rol, wanneer), notities, financieringsafspraken, evaluaties (uitval, tevredenheid van 1 tot 5,
            doelrealisatie, besluit), escalaties en toestemmingen (welke rol wat mag ontvangen, van wie, tot wanneer, ingetrokken of niet);</li>
            <li>omstandigheden die bepalen wie er nodig is (verzuim, thuiszitten, vrijstelling, minder onderwijstijd), alleen
            vast te leggen en te zien in een 1-op-1-chat;</li>
            <li>overleggen: soort, tijd en de rollen van de deelnemers;</li>
            <li>de Teams-gesprekken waaraan de casus gekoppeld is, de geschiedenis (wie wat wanneer veranderde) en een toegangslog
            (wie de casus bekeek, wijzigde of exporteerde: één regel per persoon, soort en dag).</li>
            </ul>
            <p>Bij een gepland overleg: de e-mailadressen van de organisator en de professionele genodigden, alleen voor de
            uitnodiging. Voor ouders en leerling vraagt OzaBot geen adres: de school nodigt hen zelf uit. OzaBot herhaalt
            adressen niet in de chat; kaarten tonen alleen rollen.</p>
            <p>Zorgpartners (zoals gebiedsteam, zorgaanbieder, procesregisseur) nodigt OzaBot alleen uit voor een overleg over
            het plan als er geldige toestemming is vastgelegd, gegeven door wie dat mag naar de leeftijd van de leerling
            (onder 12 de ouders, van 12 tot 16 ouders en leerling samen, vanaf 16 de leerling). Intrekken kan met
            "toestemming intrekken".</p>
            <p>Checklistpunten over gezondheid of verzuim toont OzaBot alleen in een 1-op-1-chat, niet in een groepschat,
            kanaal of uitnodiging. Een nieuwe casus in een teamkanaal vraagt eerst bevestiging en raadt een groepschat aan.</p>
            <p>Per Teams-gesprek: welke casussen eraan gekoppeld zijn, de gekozen taal en de antwoorden op een vraag die nog loopt.</p>
            <p>Gebruikers staan overal als pseudonieme id (de Microsoft Entra-object-id of Teams-gebruikers-id), nooit met naam.</p>
            <p><strong>Wat OzaBot niet bewaart:</strong> namen van leerlingen of ouders, BSN, geboortedata, adressen,
            telefoonnummers en e-mailadressen in vrije tekst. Elke vrije tekst gaat langs één controle: een tekst met een BSN,
            e-mailadres, telefoonnummer, geboortedatum, postcode, IBAN of persoonsnaam wordt geweigerd met de reden, dezelfde
            vraag komt terug en de geweigerde tekst wordt niet bewaard. De controle herkent patronen en veelvoorkomende
            Nederlandse voornamen, niet alles. Schrijf daarom in neutrale woorden en zet geen diagnoses of zorginhoud in OzaBot.</p>

            <h2>Waar</h2>
            <ul>
            <li>{{Storage(facts)}}</li>
            <li>{{Region(facts)}}</li>
            <li>Berichten tussen Teams en OzaBot gaan via Microsoft Teams en de Azure Bot Service{{BotService(facts)}}.
            Teams bewaart de chat zelf, volgens de Microsoft 365-instellingen van de school.</li>
            <li>{{Calendar(facts)}}</li>
            {{Monitoring(facts)}}
            </ul>

            <h2>Hoe lang</h2>
            <ul>
            <li>Een open casus blijft bewaard zolang hij open is.</li>
            <li>Een gesloten casus wordt <strong>{{facts.ClosedCaseDays}} dagen</strong> na het sluiten automatisch verwijderd
            (uiterlijk {{facts.PurgeIntervalHours}} uur later), met zijn overleggen en .ics-links. Wie een casus sluit, ziet de datum.</li>
            <li>Daarna blijven alleen een verwijderregistratie (wanneer, door wie als pseudonieme id of <code>bewaartermijn</code>,
            waarom; opgeslagen onder een hash van de casuscode, niet de code zelf) en anonieme tellingen (regio, traject,
            uitkomst, maand van sluiten, aantal dagen in totaal en per stap).</li>
            <li>De gegevens per Teams-gesprek hebben geen vaste termijn. De code van een verwijderde casus verdwijnt daaruit zodra
            iemand in dat gesprek <code>mijn casussen</code> typt; antwoorden op een onafgemaakte vraag blijven staan tot iemand
            die vraag afmaakt of <code>stop</code> typt.</li>
            <li>Berichten en kaarten in de Teams-chat en afspraken die al in een agenda staan, blijven daar: die beheert de school.</li>
            </ul>

            <h2>Inzien: <code>exporteer casus</code></h2>
            <p>De eigenaar van een casus of de procesregisseur typt <code>exporteer casus</code> in een 1-op-1-chat met OzaBot
            en krijgt twee persoonlijke links: een leesbare pagina en een JSON-bestand met alles wat over de casus is opgeslagen,
            met het toegangslog en de uitnodigingen. De links werken <strong>{{facts.ExportLinkHours}} uur</strong>; OzaBot bewaart
            alleen een hash ervan. Gebruik dit bij een inzageverzoek (AVG artikel 15) en geef de links niet door.</p>

            <h2>Verwijderen: <code>verwijder casus</code></h2>
            <p>De eigenaar of de procesregisseur typt <code>verwijder casus</code> en bevestigt met <code>ja</code>. OzaBot verwijdert
            de casus met alles erin, ook de overleggen en .ics-links, voor iedereen. Alleen de verwijderregistratie en de
            anonieme tellingen blijven. <code>sluit casus</code> sluit een casus; die wordt dan na {{facts.ClosedCaseDays}} dagen verwijderd.</p>

            <h2>Beveiliging</h2>
            <ul>
            <li>OzaBot verwerkt alleen berichten met een geldig, ondertekend token van de Bot Framework-dienst of Microsoft Entra ID.</li>
            <li>Een casus hoort bij één Microsoft 365-organisatie (tenant); een andere organisatie kan hem niet opvragen of tellen.
            Daarbinnen zien alleen de leden van de gesprekken waaraan de casus gekoppeld is, de eigenaar en de partners die met @
            zijn toegevoegd hem.</li>
            <li>Links naar .ics-bestanden en exports bevatten 256 willekeurige bits; ze worden niet gecachet en niet geïndexeerd.</li>
            </ul>

            <h2>Uw rechten</h2>
            <p>Wilt u gegevens inzien, laten verbeteren of verwijderen, of heeft u een klacht? Neem contact op met de school of het
            bestuur: die kan met OzaBot een export maken, een casus aanpassen of verwijderen. U kunt ook een klacht indienen bij de
            Autoriteit Persoonsgegevens.</p>
            """, "/terms", TermsOfUse.Title);
    }

    private static string Storage(PrivacyFacts facts) => facts.Storage switch
    {
        StorageProvider.AzureTables => "Opslag: Azure Table Storage van Microsoft" + In(facts.AzureRegion) + ".",
        StorageProvider.Memory => "Opslag: alleen in het werkgeheugen van de server; alles verdwijnt bij een herstart.",
        _ => "Opslag: een SQLite-bestand op de server van deze installatie.",
    };

    private static string Region(PrivacyFacts facts) => facts.AzureRegion is { } region
        ? $"OzaBot draait in Microsoft Azure, regio <code>{Encode(region)}</code>."
        : "Deze installatie noemt geen Azure-regio; vraag de beheerder waar de server staat.";

    private static string BotService(PrivacyFacts facts) => facts.BotServiceRegion switch
    {
        null => "",
        "global" => " (instelling <code>global</code>: Microsoft kan de berichten in elke Azure-regio verwerken)",
        var region => $" (regio <code>{Encode(region)}</code>)",
    };

    private static string Calendar(PrivacyFacts facts) => facts.Calendar == CalendarProvider.Graph
        ? "Agenda: OzaBot zet een overleg via Microsoft Graph in de agenda van de organisator in Exchange Online, met een "
          + "Teams-vergadering; Exchange stuurt de uitnodigingen. Onderwerp en tekst noemen alleen de soort overleg, de casuscode en de agenda."
        : "Agenda: OzaBot maakt een .ics-bestand achter een onraadbare link; wie de link heeft, kan de uitnodiging lezen "
          + "(casuscode, rollen, e-mailadressen, agenda). OzaBot verstuurt zelf geen e-mail.";

    private static string Monitoring(PrivacyFacts facts) => facts.ApplicationInsights
        ? "<li>Azure Application Insights is gekoppeld: technische gegevens over de werking (zoals soorten berichten, statuscodes, "
          + "foutsoorten en duur) kunnen daarheen gaan, zonder berichttekst, namen of e-mailadressen.</li>"
        : "";

    private static string In(string? region) => region is null ? "" : $", regio <code>{Encode(region)}</code>";
}
