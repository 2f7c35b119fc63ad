using System.Globalization;
using OzaBot.BotFramework.Builder;

namespace OzaBot.Conversations;

/// <summary>The welcome and first replies, Dutch first.</summary>
internal static class WelcomeTexts
{
    public static string Welcome(string? locale) => BotFrameworkTexts.IsEnglish(locale)
        ? "Hi, I'm **OzaBot**. I help you set up and run an education-care arrangement (OZA) step by step: the next step, planning the OZO and evaluations, and one shared plan. I never store names or BSNs — a case is known only by a random case code."
        : "Hallo, ik ben **OzaBot**. Ik help je stap voor stap een onderwijs-zorgarrangement (OZA) op te zetten en uit te voeren: de volgende stap, het plannen van OZO en evaluaties, en één gedeeld plan. Ik bewaar nooit namen of BSN's — een casus heet bij mij alleen een willekeurige casuscode.";

    public static string Reply(string? locale) => BotFrameworkTexts.IsEnglish(locale)
        ? "I received your message. Type **card** to see a card I can keep up to date."
        : "Ik heb je bericht ontvangen. Typ **kaart** voor een kaart die ik actueel kan houden.";

    public static string CardSummary(string? locale) => BotFrameworkTexts.IsEnglish(locale) ? "OzaBot card" : "OzaBot-kaart";

    public static string CardTitle(string? locale) => BotFrameworkTexts.IsEnglish(locale) ? "A card that stays up to date" : "Een kaart die actueel blijft";

    public static string CardCount(string? locale, int count) => BotFrameworkTexts.IsEnglish(locale)
        ? string.Format(CultureInfo.InvariantCulture, count == 1 ? "Updated {0} time." : "Updated {0} times.", count)
        : string.Format(CultureInfo.InvariantCulture, "{0} keer bijgewerkt.", count);

    public static string CardButton(string? locale) => BotFrameworkTexts.IsEnglish(locale) ? "Update" : "Bijwerken";
}
