using Microsoft.AspNetCore.Http.Features;
using OzaBot.BotFramework.Builder;

namespace OzaBot.Host.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint Teams and the Agents Playground call. The token is
/// checked first (401), then the Content-Type (415) and the size (413), and only then is the body read.
/// </summary>
internal static class MessagesEndpoint
{
    /// <summary>Teams messages are at most 100 KB (UTF-16); this leaves room for the envelope and channel data.</summary>
    public const int MaxActivityBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        // Both are singletons, taken from the app's own services: as handler parameters they would come from the
        // request's services, which opens a service scope per request. Taken per request, not here, so that a bad
        // configuration still stops the host at start with its own message rather than while it is being built.
        var services = endpoints.ServiceProvider;
        endpoints.MapPost("/api/messages", (HttpContext http) => HandleAsync(http, services.GetRequiredService<CloudAdapter>(), services.GetRequiredService<IBot>()));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, CloudAdapter adapter, IBot bot)
    {
        if (await adapter.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), http.RequestAborted) is not { } identity)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!http.Request.HasJsonContentType())
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        if (await ReadBodyAsync(http) is not { } body)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var result = await adapter.ProcessAsync(identity, body, bot, http.RequestAborted);
        http.Response.StatusCode = result.StatusCode;
        if (result.JsonBody is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(result.JsonBody, http.RequestAborted);
        }
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxActivityBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxActivityBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxActivityBytes;
        }

        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            return buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}
