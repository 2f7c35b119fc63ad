using System.Text;
using OzaBot.Integrations.Calendar;

namespace OzaBot.Host.Endpoints;

/// <summary>
/// Serves a meeting's iCalendar file at its unguessable link (<c>/calendar/{token}.ics</c>), so the
/// organiser can open it in Outlook. The token is the only secret: no sign-in, but no caching, no
/// indexing and no referrer, and an unknown token is a plain 404.
/// </summary>
internal static class CalendarFileEndpoints
{
    public const string Route = "/calendar/{token}.ics";

    public static IEndpointRouteBuilder MapCalendarFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, async (string token, CalendarFileProvider files, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (await files.FindAsync(token, cancellationToken) is not { } file)
            {
                return Results.NotFound();
            }

            response.Headers.CacheControl = "no-store";
            response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return Results.File(Encoding.UTF8.GetBytes(file.Content), file.ContentType, file.FileName);
        })
        .WithName("CalendarFile")
        .ExcludeFromDescription();
        return endpoints;
    }
}
