using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

/// <summary>
/// Storage keys in Bot Builder's shape (<c>{channel}/conversations/{id}</c>).
/// Only opaque channel ids go in; '/' and '%' inside an id are escaped so two ids never share a key.
/// </summary>
internal static class StateKeys
{
    public static string Conversation(ITurnContext turnContext)
    {
        var activity = Require(turnContext).Activity;
        return Escape(Required(activity.ChannelId, "channelId")) + "/conversations/" + Escape(Required(activity.Conversation?.Id, "conversation.id"));
    }

    internal static string Escape(string id) =>
        id.AsSpan().IndexOfAny('/', '%') < 0 ? id : id.Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);

    private static ITurnContext Require(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext;
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {field}; state needs it for its storage key.") : value;
}
