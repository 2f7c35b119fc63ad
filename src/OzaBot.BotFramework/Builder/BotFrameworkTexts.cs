namespace OzaBot.BotFramework.Builder;

/// <summary>The few user-facing texts of the protocol layer (Dutch first, English when the locale is English).</summary>
public static class BotFrameworkTexts
{
    public static bool IsEnglish(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    public static string Apology(string? locale) => IsEnglish(locale)
        ? "Sorry, something went wrong on my side. Nothing you entered was lost; please try again in a moment."
        : "Sorry, er ging aan mijn kant iets mis. Er is niets verloren gegaan; probeer het zo nog eens.";
}
