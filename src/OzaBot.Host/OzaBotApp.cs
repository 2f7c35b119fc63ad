using OzaBot.Host.Configuration;
using OzaBot.Host.Dashboard;
using OzaBot.Host.Endpoints;
using OzaBot.Integrations.Calendar;

namespace OzaBot.Host;

/// <summary>The composition root, callable from tests with their own services and URLs.</summary>
internal static class OzaBotApp
{
    /// <summary>Where the bot listens when nothing else is configured: the Agents Playground's default endpoint.</summary>
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content root is the app's own folder, so appsettings.json and the default data/ folder are
        // found whatever the working directory is (dotnet run, the DLL started from elsewhere, App Service).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddOzaBotBotFramework(builder.Configuration);
        builder.Services.AddOzaBotStorage(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddOzaBotRegion(builder.Configuration);
        builder.Services.AddOzaBotCalendar(builder.Configuration);
        builder.Services.AddOzaBotCalendarSignIn();
        builder.Services.AddOzaBotConversations(builder.Configuration);
        builder.Services.AddOzaBotHealth();
        builder.Services.AddOzaBotRetention(builder.Configuration);
        builder.Services.AddOzaBotReminders(builder.Configuration);
        builder.Services.AddOzaBotGracefulShutdown(builder.Configuration);
        builder.Services.AddOzaBotTelemetry(builder.Configuration);
        builder.Services.AddSingleton<CoordinatorAccess>();
        builder.Services.AddSingleton<DashboardData>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapBotMessages();
        app.MapHealth();
        app.MapCalendarFiles();
        app.MapCaseExports();
        app.MapPrivacyPages();
        app.MapDashboard();
        if (app.Configuration.GetValue<bool>(ConfigurationKeys.BotAllowUnauthenticated))
        {
            app.MapStoreCounters();
        }
        return app;
    }
}
