using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.State;

namespace OzaBot.Host.Configuration;

internal static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>The protocol layer: authentication, the Connector client, the adapter and its middleware.</summary>
    public static IServiceCollection AddOzaBotBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IConfigureOptions<BotAuthenticationOptions>>(new BotOptionsSetup(configuration));
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>>(new BotOptionsValidator(configuration));
        services.AddOptions<BotAuthenticationOptions>().ValidateOnStart();
        services.AddOptions<ConnectorOptions>();
        services.AddOptions<CloudAdapterOptions>().Configure<IServer>((o, server) => o.IsOwnAddress = url => ListensOnPortOf(server, url));
        services.TryAddSingletonTimeProvider();

        // No per-request logging handlers: they cost CPU on every reply and the adapter logs what matters.
        services.AddHttpClient(nameof(InboundRequestAuthenticator)).RemoveAllLoggers();
        services.AddHttpClient(nameof(ConnectorClient)).RemoveAllLoggers().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            // The Bot Connector sets no cookies and does not redirect: skip the cookie jar and redirect handling per reply.
            UseCookies = false,
            AllowAutoRedirect = false,

            // The one client lives as long as the app: renew connections now and then, so DNS changes are followed.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });

        services.AddSingleton(sp => new InboundRequestAuthenticator(
            Options(sp),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(InboundRequestAuthenticator)),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(CreateTokenProvider);
        services.AddSingleton(sp => new ConnectorClientFactory(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ConnectorClient)),
            sp.GetRequiredService<IConnectorTokenProvider>(),
            Options(sp),
            sp.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RunningTurns>();
        services.AddSingleton(sp =>
        {
            var adapter = new CloudAdapter(
                sp.GetRequiredService<InboundRequestAuthenticator>(),
                sp.GetRequiredService<ConnectorClientFactory>(),
                sp.GetRequiredService<RunningTurns>(),
                sp.GetRequiredService<IOptions<CloudAdapterOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<CloudAdapter>>());
            adapter.Use(new ShowTypingMiddleware(sp.GetRequiredService<TimeProvider>()));

            // Last: a turn that loses an ETag race is re-run from here on fresh state.
            adapter.Use(sp.GetRequiredService<StateTurnMiddleware>());
            return adapter;
        });
        return services;
    }

    private static BotAuthenticationOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider sp)
    {
        var options = Options(sp);
        if (!options.HasCredentials)
        {
            return new NoConnectorToken();
        }

        return options.AppType == BotAppType.UserAssignedMSI
            ? new ManagedIdentityConnectorTokenProvider(options)
            : new MsalConnectorTokenProvider(options, sp.GetService<Microsoft.Identity.Client.IMsalHttpClientFactory>());
    }

    // The adapter asks only about loopback URLs, and development mode listens on loopback only: the port decides.
    private static bool ListensOnPortOf(IServer server, Uri url) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Any(address => Uri.TryCreate(address, UriKind.Absolute, out var own) && own.Port == url.Port) == true;

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
