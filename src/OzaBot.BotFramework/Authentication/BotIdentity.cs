namespace OzaBot.BotFramework.Authentication;

/// <summary>Who sent a request, after validating its token (before its body is read).</summary>
/// <param name="IsAnonymous">True only in development mode for a request without a token.</param>
/// <param name="CallerId">Derived from the token, never from the wire (e.g. <c>urn:botframework:azure</c>).</param>
public sealed record BotIdentity(bool IsAnonymous, string? CallerId)
{
    public static BotIdentity Anonymous { get; } = new(true, null);

    /// <summary>For a Bot Connector token: the channels its signing key is endorsed for, and its <c>serviceurl</c> claim.</summary>
    internal ChannelTokenClaims? Channel { get; init; }

    /// <summary>
    /// What a Bot Connector token says about the activity it came with: the key must be endorsed for the
    /// activity's channel (skipped when the activity names none), and the <c>serviceurl</c> claim must be the
    /// activity's serviceUrl, so a valid token cannot send the bot's replies elsewhere.
    /// </summary>
    public void EnsureMatches(Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Channel is not { } channel)
        {
            return;
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) &&
            (channel.Endorsements is null || !channel.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase)))
        {
            throw new AuthenticationFailedException("Signing key is not endorsed for this channel.");
        }

        if (string.IsNullOrEmpty(channel.ServiceUrl) || !string.Equals(channel.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new AuthenticationFailedException("serviceurl claim does not match the activity.");
        }
    }

    internal sealed record ChannelTokenClaims(IReadOnlyList<string>? Endorsements, string? ServiceUrl);
}
