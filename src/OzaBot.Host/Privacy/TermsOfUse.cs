using static OzaBot.Host.Privacy.PrivacyHtml;

namespace OzaBot.Host.Privacy;

/// <summary>The terms of use at <c>/terms</c>: what OzaBot is for, and what users put in it and what not.</summary>
internal static class TermsOfUse
{
    public const string Title = "Gebruiksvoorwaarden OzaBot";

    public static string Render(PrivacyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Page(Title, $$"""
            <p>OzaBot wordt aangeboden door de school, het schoolbestuur of het samenwerkingsverband dat de app in Microsoft Teams
            beschikbaar stelt. Door OzaBot te gebruiken gaat u akkoord met deze voorwaarden en met de werkwijze in de
            <a href="/privacy">privacyverklaring</a>.</p>

            <h2>Waarvoor OzaBot is</h2>
            <ul>
            <li>OzaBot helpt professionals een onderwijs-zorgarrangement of zorg in onderwijstijd stap voor stap te doorlopen:
            de volgende stap, wie aan zet is, afspraken, overleg en evaluatie.</li>
            <li>Het advies volgt de bronnen die OzaBot noemt (zoals het NJi-stappenplan en de regionale procesafspraken). Het is
            een hulpmiddel: u en uw partners beslissen, en afspraken in uw regio gaan voor.</li>
            <li>OzaBot is niet het dossier. Leg het leerlingdossier, het ontwikkelingsperspectief en getekende
            toestemmingsformulieren vast in het systeem van de school. Een gesloten casus wordt na {{facts.ClosedCaseDays}} dagen
            uit OzaBot verwijderd.</li>
            </ul>

            <h2>Wat u wel en niet invoert</h2>
            <ul>
            <li>Geen namen, BSN, geboortedata, adressen, telefoonnummers, e-mailadressen, diagnoses of andere zorginhoud in vrije
            tekst. Beschrijf in neutrale woorden, zoals "verslag delen met gebiedsteam". OzaBot weigert wat het herkent, maar
            herkent niet alles: u blijft zelf verantwoordelijk voor wat u typt.</li>
            <li>E-mailadressen alleen van professionals, alleen bij het plannen van een overleg. Nodig ouders en leerling uit via
            de school; OzaBot controleert dat niet.</li>
            <li>Initialen alleen als het nodig is; OzaBot vraagt ze alleen in een 1-op-1-chat.</li>
            <li>Koppel een casus aan een groepschat met alleen de betrokkenen. In een teamkanaal leest iedereen van het team mee.</li>
            <li>Exportlinks zijn persoonlijk en werken {{facts.ExportLinkHours}} uur: stuur ze niet door.</li>
            </ul>

            <h2>Beschikbaarheid en wijzigingen</h2>
            <p>De organisatie die OzaBot aanbiedt, bepaalt wie het mag gebruiken en kan het aanpassen of stopzetten. Er is geen
            garantie dat OzaBot altijd beschikbaar is of dat zijn advies volledig is. Deze pagina toont steeds de geldende versie.</p>
            """, "/privacy", PrivacyStatement.Title);
    }
}
