using System.Globalization;

namespace OzaBot.BotFramework.Cards;

/// <summary>User-facing texts of the card layer, Dutch first and English for an <c>en</c> locale.</summary>
public static class CardTexts
{
    public static string NotSaved(string? locale) => Pick(locale, "Dat kon ik niet opslaan:", "I could not save that:");

    public static string Missing(string? locale, string field) => Format(locale, "'{0}' ontbreekt.", "'{0}' is missing.", field);

    public static string TooLong(string? locale, string field, int maxLength) =>
        Format(locale, "'{0}' is te lang (maximaal {1} tekens).", "'{0}' is too long (at most {1} characters).", field, maxLength);

    public static string Invalid(string? locale, string field) =>
        Format(locale, "'{0}' heeft geen geldige waarde.", "'{0}' does not have a valid value.", field);

    public static string OutOfRange(string? locale, string field, int min, int max) =>
        Format(locale, "'{0}' moet een geheel getal van {1} tot en met {2} zijn.", "'{0}' must be a whole number from {1} to {2}.", field, min, max);

    public static string Unexpected(string? locale, string field) =>
        Format(locale, "Onverwacht veld '{0}'.", "Unexpected field '{0}'.", field);

    public static string TooLarge(string? locale) =>
        Pick(locale, "De kaart stuurde te veel gegevens.", "The card sent too much data.");

    public static string UnknownButton(string? locale) =>
        Pick(locale, "Deze knop herken ik niet. Vraag de kaart opnieuw op.", "I do not recognise this button. Please ask for the card again.");

    private static string Pick(string? locale, string dutch, string english) => Builder.BotFrameworkTexts.IsEnglish(locale) ? english : dutch;

    private static string Format(string? locale, string dutch, string english, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Pick(locale, dutch, english), args);
}
