using System.Text;
using OzaBot.Conversations.Flows.Export;

namespace OzaBot.Host.Endpoints;

/// <summary>
/// Serves a case export at its unguessable, time-limited link (<c>/export/{token}.html</c> or <c>.json</c>).
/// As with the .ics links the token is the only secret: no caching, no indexing, no referrer, and a
/// malformed, unknown or expired token or a deleted case is a plain 404.
/// </summary>
internal static class CaseExportEndpoints
{
    public const string Route = "/" + CaseExports.RoutePrefix + "{token}.{format}";

    public static IEndpointRouteBuilder MapCaseExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, async (string token, string format, CaseExports exports, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (await exports.FindAsync(token, format, cancellationToken) is not { } file)
            {
                return Results.NotFound();
            }

            response.Headers.CacheControl = "no-store";
            response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return Results.File(Encoding.UTF8.GetBytes(file.Content), file.ContentType, file.FileName);
        })
        .WithName("CaseExport")
        .ExcludeFromDescription();
        return endpoints;
    }
}
