namespace OzaBot.BotFramework.Builder;

public sealed class CloudAdapterOptions
{
    /// <summary>
    /// A message turn still running after this is answered 200 and finishes in the background, so
    /// Teams (which re-sends after ~15 s) never sees a slow bot.
    /// </summary>
    public TimeSpan ResponseDeadline { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>No turn runs longer than this; invokes must finish within it to be answered.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether a URL points at this bot's own listener; the host sets it from its server addresses. An
    /// unauthenticated activity whose serviceUrl is the bot itself is refused (400).
    /// </summary>
    public Func<Uri, bool> IsOwnAddress { get; set; } = _ => false;
}
