namespace OzaBot.Domain.Content;

/// <summary>Dutch texts about the process content itself.</summary>
public static class ContentTexts
{
    public const string NoBlock = "Kies een blok van het gesprekskader.";

    public static string TooManyBlocks(int max) =>
        $"Bespreek hooguit {max} blokken per gesprek; het zijn veel vragen (handreiking gesprekskader).";

    public static string UnknownBlock(int count) => $"Het gesprekskader heeft blokken 1 tot en met {count}.";
}
