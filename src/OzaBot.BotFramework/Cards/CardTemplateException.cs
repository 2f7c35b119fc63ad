namespace OzaBot.BotFramework.Cards;

/// <summary>A template uses syntax outside the supported subset (see cards/README.md), or failed to expand.</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException()
    {
    }

    public CardTemplateException(string message)
        : base(message)
    {
    }

    public CardTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
