using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// The Table service REST API (JSON, minimal metadata, API version 2020-12-06) on a plain
/// <see cref="HttpClient"/>, for one table. ETag preconditions that fail (412, 409 on insert, 404 on a
/// conditional update) become <see cref="StorageConflictException"/>; transient failures are retried
/// (<see cref="TableRetryOptions"/>); every other failure is a <see cref="TableServiceException"/>.
/// </summary>
internal sealed partial class TableRestClient : IDisposable
{
    public const string ApiVersion = "2020-12-06";
    public const string JsonMetadata = "application/json;odata=minimalmetadata";

    private static readonly HttpMethod MergeMethod = new("MERGE");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string _root;
    private readonly ITableRequestAuthorizer _authorizer;
    private readonly TableRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TableRestClient(
        HttpClient http, bool ownsHttp, Uri endpoint, string tableName, ITableRequestAuthorizer authorizer,
        TableRetryOptions retry, TimeProvider time, ILogger logger)
    {
        if (!IsValidTableName(tableName))
        {
            throw new ArgumentException($"'{tableName}' is not a valid table name (a letter, then 2–62 letters or digits; not 'tables').", nameof(tableName));
        }

        _http = http;
        _ownsHttp = ownsHttp;
        _root = endpoint.AbsoluteUri.TrimEnd('/');
        TableName = tableName;
        _authorizer = authorizer;
        _retry = retry;
        _time = time;
        _logger = logger;
    }

    public string TableName { get; }

    public static bool IsValidTableName(string name) =>
        TableNamePattern().IsMatch(name) && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URI of one entity: key literals quoted (<c>'</c> doubled), then percent-encoded.</summary>
    public Uri EntityUri(string partitionKey, string rowKey) =>
        new($"{_root}/{TableName}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')");

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = TableName });
        using var response = await SendAsync(() => WithBody(HttpMethod.Post, new Uri(_root + "/Tables"), body, returnNoContent: true), cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.Conflict))
        {
            throw await FailureAsync(response, cancellationToken);
        }
    }

    /// <returns>The entity, or null when no entity has these keys.</returns>
    public async Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        var uri = EntityUri(partitionKey, rowKey);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound && !await IsTableNotFoundAsync(response, cancellationToken))
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await FailureAsync(response, cancellationToken);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return TableEntityJson.Deserialize(json.RootElement, RawETag(response));
    }

    /// <returns>The new ETag.</returns>
    /// <exception cref="StorageConflictException">An entity with these keys exists.</exception>
    public async Task<string> InsertEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableLimits.Validate(entity);
        var body = TableEntityJson.Serialize(entity);
        using var response = await SendAsync(() => WithBody(HttpMethod.Post, new Uri($"{_root}/{TableName}"), body, returnNoContent: true), cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict && !await IsTableNotFoundAsync(response, cancellationToken))
        {
            throw new StorageConflictException($"An entity with PartitionKey '{entity.PartitionKey}' and RowKey '{entity.RowKey}' already exists.");
        }

        return await ETagOrFailureAsync(response, cancellationToken);
    }

    /// <summary>Replace or merge the entity if its stored ETag is <paramref name="eTag"/> (<c>*</c> = any existing version).</summary>
    /// <exception cref="StorageConflictException">The entity is missing or has another ETag.</exception>
    public async Task<string> UpdateEntityAsync(TableEntity entity, string eTag, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        TableLimits.Validate(entity);
        var body = TableEntityJson.Serialize(entity);
        var uri = EntityUri(entity.PartitionKey, entity.RowKey);
        using var response = await SendAsync(() => WithIfMatch(WithBody(MethodFor(mode), uri, body, returnNoContent: false), eTag), cancellationToken);
        await ThrowIfPreconditionFailedAsync(response, entity.PartitionKey, entity.RowKey, cancellationToken);
        return await ETagOrFailureAsync(response, cancellationToken);
    }

    /// <summary>Insert-or-replace / insert-or-merge: the same verbs without If-Match.</summary>
    public async Task<string> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        TableLimits.Validate(entity);
        var body = TableEntityJson.Serialize(entity);
        var uri = EntityUri(entity.PartitionKey, entity.RowKey);
        using var response = await SendAsync(() => WithBody(MethodFor(mode), uri, body, returnNoContent: false), cancellationToken);
        return await ETagOrFailureAsync(response, cancellationToken);
    }

    /// <summary>Deletes the entity if its ETag matches (<c>*</c> = any version).</summary>
    /// <returns>false when there was no such entity.</returns>
    /// <exception cref="StorageConflictException">The entity has another ETag.</exception>
    public async Task<bool> DeleteEntityAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        var uri = EntityUri(partitionKey, rowKey);
        using var response = await SendAsync(() => WithIfMatch(new HttpRequestMessage(HttpMethod.Delete, uri), eTag), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound && !await IsTableNotFoundAsync(response, cancellationToken))
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw Conflict(partitionKey, rowKey);
        }

        return response.StatusCode == HttpStatusCode.NoContent ? true : throw await FailureAsync(response, cancellationToken);
    }

    /// <summary>One page of a query; pass the returned continuation back for the next page.</summary>
    public async Task<TableQueryPage> QueryPageAsync(TableQuery query, TableContinuation? continuation, CancellationToken cancellationToken = default)
    {
        var uri = QueryUri(query, continuation);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await FailureAsync(response, cancellationToken);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var entities = json.RootElement.GetProperty("value").EnumerateArray().Select(e => TableEntityJson.Deserialize(e, eTag: null)).ToList();
        var next = Header(response, "x-ms-continuation-NextPartitionKey") is { Length: > 0 } nextPartition
            ? new TableContinuation(nextPartition, Header(response, "x-ms-continuation-NextRowKey"))
            : null;
        return new TableQueryPage(entities, next);
    }

    /// <summary>All results, following continuation tokens (a page can be empty and still continue).</summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableContinuation? continuation = null;
        do
        {
            var page = await QueryPageAsync(query, continuation, cancellationToken);
            foreach (var entity in page.Entities)
            {
                yield return entity;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }

        (_authorizer as IDisposable)?.Dispose();
    }

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static void ValidateKeys(string partitionKey, string rowKey)
    {
        TableLimits.ValidateKey(partitionKey, nameof(partitionKey));
        TableLimits.ValidateKey(rowKey, nameof(rowKey));
    }

    private static HttpMethod MethodFor(TableUpdateMode mode) => mode == TableUpdateMode.Merge ? MergeMethod : HttpMethod.Put;

    private static HttpRequestMessage WithBody(HttpMethod method, Uri uri, byte[] body, bool returnNoContent)
    {
        var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (returnNoContent)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "return-no-content");
        }

        return request;
    }

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string eTag)
    {
        // ETags are opaque (Azurite: W/"datetime'…'"): send them back byte for byte.
        request.Headers.TryAddWithoutValidation("If-Match", eTag);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string? RawETag(HttpResponseMessage response) => Header(response, "ETag");

    private static StorageConflictException Conflict(string partitionKey, string rowKey) =>
        new($"The entity with PartitionKey '{partitionKey}' and RowKey '{rowKey}' is missing or was changed by someone else (ETag mismatch).");

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static async Task<bool> IsTableNotFoundAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (code, _) = TableError.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return code == "TableNotFound";
    }

    private static async Task<TableServiceException> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (code, message) = TableError.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return new TableServiceException(response.StatusCode, code, message);
    }

    private static async Task<string> ETagOrFailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Created && RawETag(response) is { } eTag)
        {
            return eTag;
        }

        throw await FailureAsync(response, cancellationToken);
    }

    private static async Task ThrowIfPreconditionFailedAsync(HttpResponseMessage response, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.PreconditionFailed
            || (response.StatusCode == HttpStatusCode.NotFound && !await IsTableNotFoundAsync(response, cancellationToken)))
        {
            throw Conflict(partitionKey, rowKey);
        }
    }

    private Uri QueryUri(TableQuery query, TableContinuation? continuation)
    {
        var parameters = new List<string>();
        if (!string.IsNullOrEmpty(query.Filter))
        {
            parameters.Add("$filter=" + Uri.EscapeDataString(query.Filter));
        }

        if (query.Top is { } top)
        {
            if (top is < 1 or > 1000)
            {
                throw new ArgumentOutOfRangeException(nameof(query), top, "$top must be between 1 and 1,000.");
            }

            parameters.Add("$top=" + top.ToString(CultureInfo.InvariantCulture));
        }

        if (query.Select is { Count: > 0 } select)
        {
            parameters.Add("$select=" + Uri.EscapeDataString(string.Join(',', select)));
        }

        if (continuation is not null)
        {
            parameters.Add("NextPartitionKey=" + Uri.EscapeDataString(continuation.NextPartitionKey));
            if (continuation.NextRowKey is { Length: > 0 } nextRow)
            {
                parameters.Add("NextRowKey=" + Uri.EscapeDataString(nextRow));
            }
        }

        var uri = new StringBuilder(_root).Append('/').Append(TableName).Append("()");
        if (parameters.Count > 0)
        {
            uri.Append('?').AppendJoin('&', parameters);
        }

        return new Uri(uri.ToString());
    }

    /// <summary>
    /// Sends a fresh request per attempt (a request cannot be sent twice, and each attempt needs its own
    /// date and signature), retrying transient answers with backoff. The caller disposes the response.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var lastAttempt = retry >= _retry.MaxRetries;
            using var request = createRequest();
            await PrepareAsync(request, cancellationToken);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(_retry.AttemptTimeout);
            string failure;
            try
            {
                var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token);
                if (!IsTransient(response.StatusCode) || lastAttempt)
                {
                    return response;
                }

                failure = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                response.Dispose();
            }
            catch (HttpRequestException e) when (!lastAttempt)
            {
                failure = e.HttpRequestError.ToString();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                if (lastAttempt)
                {
                    throw new TimeoutException($"The Table service did not answer {request.Method} within {_retry.AttemptTimeout} ({retry + 1} attempts).");
                }

                failure = "timeout";
            }

            var delay = _retry.DelayFor(retry, Random.Shared.NextDouble());
            LogRetry(_logger, request.Method.Method, failure, retry + 1, _retry.MaxRetries, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private async Task PrepareAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var date = _time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        var headers = request.Headers;
        headers.TryAddWithoutValidation("x-ms-date", date);
        headers.TryAddWithoutValidation("x-ms-version", ApiVersion);
        headers.TryAddWithoutValidation("DataServiceVersion", "3.0;NetFx");
        headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0;NetFx");
        headers.TryAddWithoutValidation("Accept", JsonMetadata);
        headers.TryAddWithoutValidation("x-ms-client-request-id", Guid.NewGuid().ToString());
        await _authorizer.AuthorizeAsync(request, date, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table service {Method} failed transiently ({Failure}); retry {Retry} of {MaxRetries} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string method, string failure, int retry, int maxRetries, TimeSpan delay);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
