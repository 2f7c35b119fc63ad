using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;
using OzaBot.Host.Background;
using OzaBot.Integrations.Retention;

namespace OzaBot.Host.Configuration;

internal static class RetentionServiceCollectionExtensions
{
    /// <summary>Retention of closed cases: <see cref="RetentionOptions"/> (<c>Retention:ClosedCaseDays</c>), the purger with its store lease, the hourly job.</summary>
    public static IServiceCollection AddOzaBotRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => o.ClosedCaseDays >= 1, $"{ConfigurationKeys.RetentionClosedCaseDays} must be at least 1 day.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value);
        services.AddSingleton(sp => new CasePurger(
            sp.GetRequiredService<ICaseRepository>(),
            sp.GetRequiredService<CaseEraser>(),
            new StoreLease(sp.GetRequiredService<IStorage>(), "retention", Environment.MachineName + "/" + Guid.NewGuid().ToString("N"), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<RetentionOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CasePurger>>()));
        services.AddHostedService<RetentionService>();
        return services;
    }
}
