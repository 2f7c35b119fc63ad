using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Reminders;
using OzaBot.Host.Background;
using OzaBot.Integrations.Retention;

namespace OzaBot.Host.Configuration;

internal static class ReminderServiceCollectionExtensions
{
    /// <summary>Reminders: <see cref="ReminderOptions"/> (section <c>Reminders</c>, validated at start), the scheduler's store lease and job.</summary>
    public static IServiceCollection AddOzaBotReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.IntervalSeconds >= 1, $"{ConfigurationKeys.RemindersIntervalSeconds} must be at least 1 second.")
            .Validate(o => o.SendFrom < o.SendUntil, $"{ConfigurationKeys.RemindersSendFrom} must be before {ConfigurationKeys.RemindersSendUntil}.")
            .Validate(o => Readable(o.HolidayRanges), $"{ConfigurationKeys.RemindersHolidays} must be date ranges like 2026-12-19..2027-01-03, separated by commas.")
            .Validate(o => Readable(o.SchoolDaysOfWeek), $"{ConfigurationKeys.RemindersSchoolDays} must be English day names separated by commas, such as Monday,Tuesday.")
            .Validate(o => !Readable(o.SchoolDaysOfWeek) || o.SchoolDaysOfWeek().Contains(o.OverviewDay), $"{ConfigurationKeys.RemindersOverviewDay} must be one of the school days ({ConfigurationKeys.RemindersSchoolDays}).")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value);
        services.AddKeyedSingleton(nameof(ReminderService), (sp, _) => new StoreLease(
            sp.GetRequiredService<IStorage>(), "reminders", Environment.MachineName + "/" + Guid.NewGuid().ToString("N"), sp.GetRequiredService<TimeProvider>()));
        if (configuration.GetValue(ConfigurationKeys.RemindersEnabled, true))
        {
            services.AddHostedService<ReminderService>();
        }

        return services;
    }

    private static bool Readable<T>(Func<T> parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
