namespace OzaBot.BotFramework.State;

/// <summary>What the user reads when state could not be saved.</summary>
public static class StateTexts
{
    public const string TryAgainNl = "Iemand anders paste dit gesprek tegelijk aan, dus je laatste bericht is niet verwerkt. Probeer het opnieuw.";

    public const string TryAgainEn = "Someone else changed this conversation at the same moment, so your last message was not processed. Please try again.";

    public static string TryAgain(string? locale) => Builder.BotFrameworkTexts.IsEnglish(locale) ? TryAgainEn : TryAgainNl;

    /// <summary>The answer to a click that was already processed, when its first answer is no longer kept.</summary>
    public static string AlreadyProcessed(string? locale) => Builder.BotFrameworkTexts.IsEnglish(locale) ? "This was already processed." : "Dit is al verwerkt.";
}
