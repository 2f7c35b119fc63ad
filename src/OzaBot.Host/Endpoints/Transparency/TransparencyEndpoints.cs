using Microsoft.Extensions.Options;
using OzaBot.Domain.Cases;

namespace OzaBot.Host.Endpoints.Transparency;

/// <summary><c>GET /privacy</c> and <c>GET /terms</c>: the pages the Teams manifest links to (privacyUrl, termsOfUseUrl).</summary>
internal static class TransparencyEndpoints
{
    public static IEndpointRouteBuilder MapTransparency(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (IOptions<RetentionOptions> retention, IConfiguration configuration) =>
            Results.Content(TransparencyPages.Privacy(PrivacyFacts.From(retention, configuration)), "text/html; charset=utf-8"));
        endpoints.MapGet("/terms", (IOptions<RetentionOptions> retention, IConfiguration configuration) =>
            Results.Content(TransparencyPages.Terms(PrivacyFacts.From(retention, configuration)), "text/html; charset=utf-8"));
        return endpoints;
    }
}
