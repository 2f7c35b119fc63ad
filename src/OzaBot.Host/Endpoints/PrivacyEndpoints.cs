using Microsoft.Extensions.Options;
using OzaBot.Domain.Cases;
using OzaBot.Host.Privacy;
using OzaBot.Integrations.Calendar;

namespace OzaBot.Host.Endpoints;

/// <summary>
/// <c>GET /privacy</c> and <c>GET /terms</c>, the pages the Teams manifest links to: anonymous, self-contained
/// Dutch HTML rendered once from <see cref="PrivacyFacts"/> (the settings this host runs with).
/// </summary>
internal static class PrivacyEndpoints
{
    public const string PrivacyRoute = "/privacy";
    public const string TermsRoute = "/terms";

    /// <summary>Nothing but the page's own inline style may load.</summary>
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public static IEndpointRouteBuilder MapPrivacyPages(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var facts = new Lazy<PrivacyFacts>(() => PrivacyFacts.From(
            services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<RetentionOptions>(),
            services.GetRequiredService<IOptions<CalendarOptions>>().Value));
        MapPage(endpoints, PrivacyRoute, new Lazy<string>(() => PrivacyStatement.Render(facts.Value)));
        MapPage(endpoints, TermsRoute, new Lazy<string>(() => TermsOfUse.Render(facts.Value)));
        return endpoints;
    }

    private static void MapPage(IEndpointRouteBuilder endpoints, string route, Lazy<string> html) =>
        endpoints.MapGet(route, (HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.Content(html.Value, "text/html; charset=utf-8");
        })
        .ExcludeFromDescription();
}
