namespace OzaBot.BotFramework.Authentication;

/// <summary>Who sent a request, after validation.</summary>
/// <param name="IsAnonymous">True only in development mode for a request without a token.</param>
/// <param name="CallerId">Derived from the token, never from the wire (e.g. <c>urn:botframework:azure</c>).</param>
public sealed record BotIdentity(bool IsAnonymous, string? CallerId)
{
    public static BotIdentity Anonymous { get; } = new(true, null);
}
