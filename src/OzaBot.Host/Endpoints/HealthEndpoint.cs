namespace OzaBot.Host.Endpoints;

/// <summary><c>GET /healthz</c> for App Service's health check and local scripts.</summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        return endpoints;
    }
}
