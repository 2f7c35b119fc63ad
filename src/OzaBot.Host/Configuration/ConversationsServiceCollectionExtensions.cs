using OzaBot.BotFramework.Cards;
using OzaBot.Conversations;
using OzaBot.Conversations.Flows.Export;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;

namespace OzaBot.Host.Configuration;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>The assistant: process content, the next-step engine, card templates and the bot itself.</summary>
    public static IServiceCollection AddOzaBotConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => LoadCatalogue(configuration[ConfigurationKeys.ContentRegionFile]));
        services.AddSingleton(sp => new NextStepEngine(sp.GetRequiredService<ProcessCatalogue>()));
        services.AddSingleton(_ => new CardTemplateLibrary(Path.Combine(AppContext.BaseDirectory, "cards")));
        services.AddSingleton(new CaseExportOptions
        {
            BaseUrl = new Uri((configuration[ConfigurationKeys.PublicBaseUrl] ?? OzaBotApp.DefaultUrl).TrimEnd('/') + "/"),
        });
        services.AddOzaBotAssistant();
        return services;
    }

    /// <summary>The built-in content, or a region's own variant (validated; a broken file stops the host with every problem listed).</summary>
    private static ProcessCatalogue LoadCatalogue(string? regionFile) =>
        string.IsNullOrWhiteSpace(regionFile) ? ProcessCatalogue.Default : ProcessCatalogueLoader.Load([File.ReadAllText(regionFile)]);
}
