using Microsoft.Extensions.Options;
using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.SignIn;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Flows.Meetings;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar;

namespace OzaBot.Host.Configuration;

internal static class CalendarSignInServiceCollectionExtensions
{
    /// <summary>
    /// Delegated calendar (the calendar registration added <see cref="ISignedInCalendars"/>): Teams SSO through the
    /// Token Service for the OAuth connection, so planning can ask the user to sign in. Nothing otherwise.
    /// </summary>
    public static IServiceCollection AddOzaBotCalendarSignIn(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(ISignedInCalendars)))
        {
            return services;
        }

        // Teams' SSO token is for the bot's own app registration, so that app makes the on-behalf-of exchange.
        services.AddOptions<CalendarOptions>().PostConfigure<IOptions<BotAuthenticationOptions>>((calendar, bot) =>
        {
            calendar.Graph.TenantId = bot.Value.TenantId;
            calendar.Graph.ClientId = bot.Value.AppId;
            calendar.Graph.ClientSecret = bot.Value.AppPassword;
            calendar.Graph.AuthorityHost = bot.Value.AuthorityHost;
        });
        services.AddHttpClient(nameof(UserTokenClient)).RemoveAllLoggers();
        services.AddSingleton(sp =>
        {
            var graph = sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Graph;
            var tokens = new UserTokenClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(UserTokenClient)),
                graph.TokenServiceUrl,
                graph.OAuthConnectionName!,
                sp.GetRequiredService<IConnectorTokenProvider>());
            var sso = new TeamsSso(tokens, sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TimeProvider>());
            return new MeetingSignIn(sso, sp.GetRequiredService<ISignedInCalendars>());
        });
        return services;
    }
}
