using System.Text;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// <c>GET /dashboard</c> (the Teams tab) and <c>GET /dashboard.csv</c>: a coordinator's tenant figures
/// (<see cref="CoordinatorAccess"/>); anyone else gets 403 and no figures. A request without any Authorization
/// header — Teams opening the tab — gets the <see cref="DashboardTab"/> page instead, which holds no figures and
/// fetches them with the user's SSO token. Nothing is cached, nothing logged.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Route = "/dashboard";
    public const string CsvRoute = "/dashboard.csv";

    /// <summary>Only the page's own inline style and the host's own scripts, which call only the host; Teams may frame it.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext context, string? schooljaar, string? organisatie, string? theme) =>
            {
                var knownTheme = theme is "dark" or "light" ? theme : null;
                if (context.Request.Headers.Authorization.Count == 0)
                {
                    SetHeaders(context);
                    return Task.FromResult(Results.Content(DashboardTab.Shell(knownTheme), "text/html; charset=utf-8"));
                }

                return ServeAsync(context, schooljaar, organisatie, figures => Results.Content(DashboardPage.Render(figures, knownTheme), "text/html; charset=utf-8"));
            })
            .ExcludeFromDescription();
        MapAsset(endpoints, DashboardTab.TeamsJsRoute, "teams-js-2.58.0.min.js", "text/javascript; charset=utf-8");
        MapAsset(endpoints, DashboardTab.TeamsJsLicenseRoute, "teams-js-LICENSE.txt", "text/plain; charset=utf-8");
        MapAsset(endpoints, DashboardTab.ScriptRoute, "tab.js", "text/javascript; charset=utf-8");
        endpoints.MapGet(CsvRoute, (HttpContext context, string? schooljaar, string? organisatie) => ServeAsync(context, schooljaar, organisatie, figures =>
                Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DashboardCsv.Render(figures.Rows))).ToArray(),
                    "text/csv; charset=utf-8", "procesdashboard.csv")))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static void MapAsset(IEndpointRouteBuilder endpoints, string route, string name, string contentType)
    {
        var bytes = DashboardTab.Asset(name);
        endpoints.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Bytes(bytes, contentType);
            })
            .ExcludeFromDescription();
    }

    private static void SetHeaders(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }

    private static async Task<IResult> ServeAsync(HttpContext context, string? schoolYear, string? region, Func<DashboardData.Figures, IResult> render)
    {
        var services = context.RequestServices;
        SetHeaders(context);
        var tenant = await services.GetRequiredService<CoordinatorAccess>().TenantAsync(context.Request.Headers.Authorization, context.RequestAborted);
        if (tenant is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return render(await services.GetRequiredService<DashboardData>().LoadAsync(tenant, schoolYear, region, context.RequestAborted));
    }
}
