namespace OzaBot.Domain.Vocabulary;

/// <summary>The language a conversation gets: Dutch for everyone, English only when someone asks for it in that conversation.</summary>
public enum Language
{
    Dutch,
    English,
}
