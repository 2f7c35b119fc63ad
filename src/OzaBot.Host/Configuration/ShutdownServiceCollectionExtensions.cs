using OzaBot.Host.Background;

namespace OzaBot.Host.Configuration;

internal static class ShutdownServiceCollectionExtensions
{
    public const int DefaultShutdownTimeoutSeconds = 30;

    /// <summary>Graceful shutdown: running turns may finish, within <c>Host:ShutdownTimeoutSeconds</c> (default 30) for the whole stop.</summary>
    public static IServiceCollection AddOzaBotGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue(ConfigurationKeys.HostShutdownTimeoutSeconds, DefaultShutdownTimeoutSeconds);
        if (seconds < 1)
        {
            throw new InvalidOperationException($"{ConfigurationKeys.HostShutdownTimeoutSeconds} must be at least 1 second, not {seconds}.");
        }

        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        services.AddHostedService<TurnDrain>();
        return services;
    }
}
