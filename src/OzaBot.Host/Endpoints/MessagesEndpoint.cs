using Microsoft.AspNetCore.Http.Features;
using OzaBot.BotFramework.Builder;

namespace OzaBot.Host.Endpoints;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint Teams and the Agents Playground call.</summary>
internal static class MessagesEndpoint
{
    /// <summary>Teams messages are at most 100 KB (UTF-16); this leaves room for the envelope and channel data.</summary>
    public const int MaxActivityBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, CloudAdapter adapter, IBot bot)
    {
        if (http.Request.ContentLength > MaxActivityBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxActivityBytes;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var result = await adapter.ProcessAsync(http.Request.Headers.Authorization.ToString(), body, bot, http.RequestAborted);
        http.Response.StatusCode = result.StatusCode;
        if (result.JsonBody is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(result.JsonBody, http.RequestAborted);
        }
    }
}
