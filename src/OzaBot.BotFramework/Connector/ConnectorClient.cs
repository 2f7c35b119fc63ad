using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Diagnostics;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST calls a Teams bot needs (botframework-protocol.md §2), against one service URL.
/// Paths are joined onto the service URL keeping its base path (the Playground's ends in <c>/_connector</c>);
/// ids are fully escaped. 429/412/502/504 are retried with backoff, honouring Retry-After.
/// </summary>
public sealed class ConnectorClient
{
    private static readonly HashSet<HttpStatusCode> Retryable =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly IConnectorTokenProvider _tokens;
    private readonly ConnectorOptions _options;
    private readonly TimeProvider _time;

    public ConnectorClient(HttpClient http, string serviceUrl, IConnectorTokenProvider tokens, ConnectorOptions options, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        _http = http;
        _baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        _tokens = tokens;
        _options = options;
        _time = time;
    }

    public Uri BuildUrl(string relativePath) => new(_baseUrl + relativePath);

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var response = await CallAsync(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        using var response = await CallAsync(HttpMethod.Post, "v3/conversations", Serialize(parameters, BotJsonContext.Default.ConversationParameters), cancellationToken);
        return await ReadAsync(response, BotJsonContext.Default.ConversationResourceResponse, cancellationToken) ?? new ConversationResourceResponse();
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string path, Activity activity, CancellationToken cancellationToken)
    {
        var body = Serialize(activity, BotJsonContext.Default.Activity);

        if (CardRules.MeasureUtf16Bytes(body) > _options.MaxMessageBytes)
        {
            throw new ConnectorException(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", "The message is larger than Teams accepts.");
        }

        using var response = await CallAsync(method, path, body, cancellationToken);
        return await ReadAsync(response, BotJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse();
    }

    // UTF-8 bytes, as they go over the wire: a string would be transcoded to them again for every request.
    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var url = BuildUrl(path);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
            }

            var token = await _tokens.GetTokenAsync(cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await _http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (attempt < _options.MaxRetries && Retryable.Contains(response.StatusCode))
                {
                    await Task.Delay(RetryDelay(response.Headers.RetryAfter, attempt), _time, cancellationToken);
                    continue;
                }

                var error = await ReadAsync(response, BotJsonContext.Default.ErrorResponse, cancellationToken);
                BotTelemetry.ConnectorErrors.Add(1, new KeyValuePair<string, object?>(BotTelemetry.StatusCodeTag, (int)response.StatusCode));
                throw new ConnectorException(response.StatusCode, error?.Error?.Code, $"Connector {method} failed with {(int)response.StatusCode} {error?.Error?.Code}");
            }
        }
    }

    private TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter, int attempt)
    {
        var requested = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - _time.GetUtcNow() : (TimeSpan?)null);
        if (requested is { } wait && wait > TimeSpan.Zero)
        {
            return wait < _options.MaxRetryDelay ? wait : _options.MaxRetryDelay;
        }

        // Exponential backoff with full jitter: spreads retries of many conversations apart.
        var ceiling = _options.BaseRetryDelay * Math.Pow(2, attempt);
        var jittered = ceiling * (0.5 + (Random.Shared.NextDouble() / 2));
        return jittered < _options.MaxRetryDelay ? jittered : _options.MaxRetryDelay;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        // The Playground answers 202 with an empty body for typing and split messages.
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
