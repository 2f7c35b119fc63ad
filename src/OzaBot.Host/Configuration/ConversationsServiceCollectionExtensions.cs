using OzaBot.BotFramework.Builder;
using OzaBot.Conversations;

namespace OzaBot.Host.Configuration;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>The assistant itself: the bot the adapter runs every turn through.</summary>
    public static IServiceCollection AddOzaBotConversations(this IServiceCollection services)
    {
        services.AddSingleton<IBot, OzaAssistant>();
        return services;
    }
}
