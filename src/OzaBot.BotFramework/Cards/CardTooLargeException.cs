namespace OzaBot.BotFramework.Cards;

/// <summary>The message with the card would exceed <see cref="CardRules.MaxMessageBytes"/> as Teams measures it.</summary>
public sealed class CardTooLargeException : Exception
{
    public CardTooLargeException()
    {
    }

    public CardTooLargeException(string message)
        : base(message)
    {
    }

    public CardTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Bytes { get; init; }
}
