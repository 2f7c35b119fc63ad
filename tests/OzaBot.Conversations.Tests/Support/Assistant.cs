using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Integrations.Memory;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;
using OzaBot.Testing.Tooling;

namespace OzaBot.Conversations.Tests.Support;

/// <summary>
/// The real assistant with its real flows, conversation state and middleware, the real card templates
/// and process content, on one storage shared by every chat of a test (as in production), with fake time.
/// </summary>
internal sealed class Assistant
{
    public Assistant(IStorage? storage = null, Action<IServiceCollection>? configure = null)
    {
        Storage = storage ?? new MemoryStorage();
        var services = new ServiceCollection();
        services.AddSingleton(Storage);
        services.AddSingleton<ICaseRepository, MemoryCaseRepository>();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new StateTurnMiddleware(sp.GetRequiredService<ConversationState>(), time: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(ProcessCatalogue.Default);
        services.AddSingleton(sp => new NextStepEngine(sp.GetRequiredService<ProcessCatalogue>()));
        services.AddSingleton(new CardTemplateLibrary(RepoPaths.Combine("cards")));
        services.AddOzaBotAssistant();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
        Bot = Services.GetRequiredService<IBot>();
        Cases = Services.GetRequiredService<CaseStore>();
    }

    /// <summary>Monday 23 November 2026, 09:00 in Amsterdam.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public IStorage Storage { get; }

    public IServiceProvider Services { get; }

    public IBot Bot { get; }

    public CaseStore Cases { get; }

    /// <summary>A case of the tenant every test chat belongs to unless it says otherwise.</summary>
    public static CaseKey Key(string code) => new("tenant-1", code);

    /// <summary>A chat: personal by default; every chat of one assistant shares its storage.</summary>
    public TestAdapter Chat(string conversationId = "a:personal-1", string type = ConversationTypes.Personal, string tenant = "tenant-1")
    {
        var adapter = new TestAdapter(conversationId, type) { TenantId = tenant, TimeProvider = Time };
        adapter.Use(Services.GetRequiredService<StateTurnMiddleware>());
        return adapter;
    }

    public TestFlow Flow(TestAdapter? chat = null) => new(chat ?? Chat(), Bot);
}
