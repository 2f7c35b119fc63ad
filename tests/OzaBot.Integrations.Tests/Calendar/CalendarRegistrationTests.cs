using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar;
using OzaBot.Integrations.Calendar.Graph;
using OzaBot.Integrations.Calendar.Local;

namespace OzaBot.Integrations.Tests.Calendar;

public sealed class CalendarRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IStorage, InMemoryStorage>();
        services.AddOzaBotCalendar(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Local_is_the_default_and_links_to_the_public_base_url()
    {
        using var provider = Build(new() { ["Host:PublicBaseUrl"] = "https://ozabot.school.nl" });

        var calendar = provider.GetRequiredService<ICalendarService>();
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());

        Assert.IsType<LocalCalendarService>(calendar);
        Assert.StartsWith("https://ozabot.school.nl/calendar/", created.CalendarFileUrl!.AbsoluteUri, StringComparison.Ordinal);
        var token = Path.GetFileNameWithoutExtension(created.CalendarFileUrl.AbsolutePath);
        Assert.NotNull(await provider.GetRequiredService<CalendarFileProvider>().FindAsync(token));
    }

    [Fact]
    public void Graph_with_a_client_secret_builds_the_graph_adapter()
    {
        using var provider = Build(new()
        {
            ["Calendar:Provider"] = "Graph",
            ["Calendar:Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Calendar:Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Calendar:Graph:ClientSecret"] = "not-a-real-secret",
            ["Calendar:Graph:Organizer"] = "planning@school.nl",
        });

        Assert.IsType<GraphCalendarService>(provider.GetRequiredService<ICalendarService>());
    }

    [Fact]
    public void The_credential_follows_the_configuration()
    {
        Assert.IsType<ClientSecretCredential>(CalendarServiceCollectionExtensions.Credential(new GraphCalendarOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" }));
        Assert.IsType<ManagedIdentityCredential>(CalendarServiceCollectionExtensions.Credential(new GraphCalendarOptions { ClientId = "c" }));
        Assert.IsType<ManagedIdentityCredential>(CalendarServiceCollectionExtensions.Credential(new GraphCalendarOptions()));
    }

    [Theory]
    [InlineData("Graph", null, "Calendar:Graph:Organizer")]
    [InlineData("Local", null, "Host:PublicBaseUrl")]
    [InlineData("Local", "/relative", "Host:PublicBaseUrl")]
    public void A_configuration_that_cannot_work_fails_with_the_key_to_set(string providerName, string? baseUrl, string key)
    {
        using var provider = Build(new() { ["Calendar:Provider"] = providerName, ["Host:PublicBaseUrl"] = baseUrl });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CalendarOptions>>().Value);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oauth_connection_makes_graph_delegated_with_the_ics_calendar_for_who_declines()
    {
        using var provider = Build(new()
        {
            ["Calendar:Provider"] = "Graph",
            ["Calendar:Graph:OAuthConnectionName"] = "ozabot-sso",
            ["Calendar:Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Calendar:Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Calendar:Graph:ClientSecret"] = "not-a-real-secret",
            ["Host:PublicBaseUrl"] = "https://ozabot.school.nl",
        });

        Assert.Equal(GraphAccessMode.Delegated, provider.GetRequiredService<IOptions<CalendarOptions>>().Value.Graph.EffectiveMode);
        Assert.IsType<SignedInCalendars>(provider.GetRequiredService<ISignedInCalendars>());
        Assert.IsType<LocalCalendarService>(provider.GetRequiredService<ICalendarService>());
    }

    [Fact]
    public void Application_mode_stays_app_only_even_with_an_oauth_connection()
    {
        using var provider = Build(new()
        {
            ["Calendar:Provider"] = "Graph",
            ["Calendar:Graph:Mode"] = "Application",
            ["Calendar:Graph:OAuthConnectionName"] = "ozabot-sso",
            ["Calendar:Graph:Organizer"] = "planning@school.nl",
        });

        Assert.IsType<GraphCalendarService>(provider.GetRequiredService<ICalendarService>());
        Assert.Null(provider.GetService<ISignedInCalendars>());
    }

    [Theory]
    [InlineData("Delegated", "ozabot-sso", "Bot:AppPassword")]
    [InlineData("Delegated", null, "Calendar:Graph:OAuthConnectionName")]
    public void Delegated_without_what_it_needs_fails_at_start_up_with_the_key_to_set(string mode, string? connection, string key)
    {
        using var provider = Build(new()
        {
            ["Calendar:Provider"] = "Graph",
            ["Calendar:Graph:Mode"] = mode,
            ["Calendar:Graph:OAuthConnectionName"] = connection,
            ["Host:PublicBaseUrl"] = "https://ozabot.school.nl",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CalendarOptions>>().Value);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_hours_and_holidays_are_configurable()
    {
        using var provider = Build(new()
        {
            ["Host:PublicBaseUrl"] = "https://ozabot.school.nl",
            ["Calendar:Scheduling:WorkdayStart"] = "09:00",
            ["Calendar:Scheduling:WorkdayEnd"] = "15:00",
            ["Calendar:Scheduling:Holidays:0:From"] = "2026-12-19",
            ["Calendar:Scheduling:Holidays:0:To"] = "2027-01-03",
            ["Calendar:Scheduling:Holidays:0:Name"] = "Kerstvakantie",
        });

        var scheduling = provider.GetRequiredService<SchedulingOptions>();

        Assert.Equal(new TimeOnly(9, 0), scheduling.WorkdayStart);
        Assert.Equal(new TimeOnly(15, 0), scheduling.WorkdayEnd);
        Assert.Equal([new SchoolHoliday(new(2026, 12, 19), new(2027, 1, 3), "Kerstvakantie")], scheduling.Holidays);
        Assert.False(provider.GetRequiredService<SlotFinder>().IsSchoolDay(new DateOnly(2026, 12, 21)));
    }
}
