using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// What an inbound activity must carry before any bot code sees it (otherwise 400): a type, a conversation
/// with an id, and a serviceUrl the replies can go to — an absolute http(s) URL, and for a caller without a
/// token (development mode) a loopback one that is not the bot itself, so an anonymous request can neither
/// send replies off the machine nor make the bot call its own endpoint.
/// </summary>
internal static class InboundActivityRules
{
    /// <summary>Why the activity is refused (safe to log: no content of it), or null when it is usable.</summary>
    public static string? Problem(Activity? activity, BotIdentity identity, Func<Uri, bool> isOwnAddress)
    {
        if (string.IsNullOrEmpty(activity?.Type))
        {
            return "unreadable body or no activity type";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "no conversation id";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return "serviceUrl is not an absolute http(s) URL";
        }

        if (identity.IsAnonymous && !LoopbackAddresses.IsLoopbackHost(serviceUrl.Host))
        {
            return "an unauthenticated request must name a loopback serviceUrl";
        }

        return identity.IsAnonymous && isOwnAddress(serviceUrl) ? "serviceUrl is the bot's own address" : null;
    }
}
