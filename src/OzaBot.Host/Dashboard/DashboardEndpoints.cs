using System.Text;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// <c>GET /dashboard</c> (the Teams tab) and <c>GET /dashboard.csv</c>: a coordinator's tenant figures
/// (<see cref="CoordinatorAccess"/>); anyone else gets 403 and no figures. Nothing is cached, nothing logged.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Route = "/dashboard";
    public const string CsvRoute = "/dashboard.csv";

    /// <summary>Only the page's own inline style; Teams may frame it.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext context, string? schooljaar, string? theme) => ServeAsync(context, schooljaar, figures =>
                Results.Content(DashboardPage.Render(figures, theme is "dark" or "light" ? theme : null), "text/html; charset=utf-8")))
            .ExcludeFromDescription();
        endpoints.MapGet(CsvRoute, (HttpContext context, string? schooljaar) => ServeAsync(context, schooljaar, figures =>
                Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DashboardCsv.Render(figures.Rows))).ToArray(),
                    "text/csv; charset=utf-8", "procesdashboard.csv")))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(HttpContext context, string? schoolYear, Func<DashboardData.Figures, IResult> render)
    {
        var services = context.RequestServices;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var tenant = await services.GetRequiredService<CoordinatorAccess>().TenantAsync(context.Request.Headers.Authorization, context.RequestAborted);
        if (tenant is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return render(await services.GetRequiredService<DashboardData>().LoadAsync(tenant, schoolYear, context.RequestAborted));
    }
}
