using OzaBot.Domain.Scheduling;

namespace OzaBot.Host.Configuration;

internal static class RegionServiceCollectionExtensions
{
    /// <summary>
    /// The region's time zone (<c>TimeZone</c>, default Europe/Amsterdam): the one <see cref="RegionTime"/> that dates on
    /// cards, school days, reminders, slot search, .ics files and Graph events use. An unknown zone stops the host.
    /// </summary>
    public static IServiceCollection AddOzaBotRegion(this IServiceCollection services, IConfiguration configuration)
    {
        var zone = configuration[ConfigurationKeys.TimeZone] is { Length: > 0 } configured ? configured : RegionTime.DefaultZoneId;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            throw new InvalidOperationException($"{ConfigurationKeys.TimeZone} must be a time zone id such as Europe/Amsterdam, not '{zone}'.");
        }

        return services.AddSingleton(new RegionTime(zone));
    }
}
