using System.Text.Json;
using Microsoft.Extensions.Logging;
using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.Diagnostics;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Builder;

/// <summary>
/// Turns one HTTP request on <c>/api/messages</c> into a turn (botframework-protocol.md §4):
/// 401 for any authentication failure (the token before the body is read), 400 for an unreadable or
/// unusable activity (<see cref="InboundActivityRules"/>),
/// a re-delivered activity id is ignored, invokes are answered in the response body (501 when nobody
/// answered), <c>expectReplies</c> returns the replies in the body, and everything else is 200.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private const string ExpectRepliesMode = "expectReplies";

    private readonly InboundRequestAuthenticator _authenticator;
    private readonly ConnectorClientFactory _connectors;
    private readonly CloudAdapterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RunningTurns _running;

    public CloudAdapter(
        InboundRequestAuthenticator authenticator,
        ConnectorClientFactory connectors,
        RunningTurns running,
        CloudAdapterOptions options,
        TimeProvider time,
        ILogger<CloudAdapter> logger)
    {
        _authenticator = authenticator;
        _connectors = connectors;
        _running = running;
        _options = options;
        _time = time;
        _logger = logger;
        OnTurnError = ApologiseAsync;
    }

    /// <summary>The first step of a request: its token alone, before the body is read. Null means 401.</summary>
    public async Task<BotIdentity?> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await _authenticator.AuthenticateAsync(authorizationHeader, cancellationToken);
        }
        catch (AuthenticationFailedException ex)
        {
            AdapterLog.Unauthorized(_logger, ex.Message);
            return null;
        }
    }

    /// <summary>The body of a request whose token <see cref="AuthenticateAsync"/> accepted: 400 for an unusable activity, 401 when the token does not fit it, then the turn.</summary>
    public async Task<BotHttpResponse> ProcessAsync(BotIdentity identity, ReadOnlyMemory<byte> body, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(bot);
        var parsed = Read(body);
        if (InboundActivityRules.Problem(parsed, identity, _options.IsOwnAddress) is { } problem)
        {
            AdapterLog.BadRequest(_logger, problem);
            return BotHttpResponse.BadRequest;
        }

        var activity = parsed!;
        try
        {
            identity.EnsureMatches(activity);
        }
        catch (AuthenticationFailedException ex)
        {
            AdapterLog.Unauthorized(_logger, ex.Message);
            return BotHttpResponse.Unauthorized;
        }

        activity.CallerId = identity.CallerId;

        var expectReplies = string.Equals(activity.DeliveryMode, ExpectRepliesMode, StringComparison.OrdinalIgnoreCase);
        var context = new TurnContext(this, activity);
        var channel = new ChannelTurn(identity, expectReplies ? [] : null);
        context.Services.Set(channel);

        // The turn is not tied to the HTTP request: a client that hangs up does not abort it.
        var turnCancellation = new CancellationTokenSource(_options.TurnTimeout, _time);
        var turn = _running.Track(RunTurnAsync(context, bot, turnCancellation));

        if (expectReplies || activity.Type == ActivityTypes.Invoke)
        {
            await turn;
            return expectReplies ? ExpectedRepliesResponse(channel) : InvokeHttpResponse(context);
        }

        // Wait up to the deadline without leaving a timer behind for turns that finish in time.
        await turn.WaitAsync(_options.ResponseDeadline, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!turn.IsCompleted)
        {
            AdapterLog.ContinuingInBackground(_logger, activity.Type);
        }

        return BotHttpResponse.Ok;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var channel = turnContext.Services.GetRequired<ChannelTurn>();
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (channel.Buffered is { } buffer)
            {
                lock (buffer)
                {
                    buffer.Add(activity);
                }

                responses[i] = new ResourceResponse();
                continue;
            }

            var connector = Connector(turnContext, channel);
            var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("Outgoing activity has no conversation.");
            responses[i] = activity.ReplyToId is { Length: > 0 } replyTo
                ? await connector.ReplyToActivityAsync(conversationId, replyTo, activity, cancellationToken)
                : await connector.SendToConversationAsync(conversationId, activity, cancellationToken);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        var connector = Connector(turnContext, turnContext.Services.GetRequired<ChannelTurn>());
        return connector.UpdateActivityAsync(activity.Conversation!.Id!, activity.Id!, activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var connector = Connector(turnContext, turnContext.Services.GetRequired<ChannelTurn>());
        return connector.DeleteActivityAsync(turnContext.Activity.Conversation!.Id!, activityId, cancellationToken);
    }

    private ConnectorClient Connector(ITurnContext turnContext, ChannelTurn channel) =>
        channel.Connector ??= _connectors.Create(turnContext.Activity.ServiceUrl!, channel.Identity);

    private async Task RunTurnAsync(TurnContext context, IBot bot, CancellationTokenSource cancellation)
    {
        using (cancellation)
        using (var telemetry = new TurnTelemetry(context.Activity))
        {
            context.Services.Set(telemetry);
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellation.Token);
        }
    }

    private static Activity? Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            return body.IsEmpty ? null : JsonSerializer.Deserialize(body.Span, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static BotHttpResponse InvokeHttpResponse(TurnContext context) => context.InvokeResponse is { } invoke
        ? new BotHttpResponse(invoke.Status, invoke.Body is { } body ? body.GetRawText() : null)
        : BotHttpResponse.NotImplemented;

    private static BotHttpResponse ExpectedRepliesResponse(ChannelTurn channel) =>
        new(200, JsonSerializer.Serialize(new ExpectedReplies { Activities = channel.Buffered! }, BotJsonContext.Default.ExpectedReplies));

    private async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        turnContext.Services.Get<TurnTelemetry>()?.Failed(exception);
        AdapterLog.TurnFailed(_logger, activity.Type, activity.ChannelId, exception.GetType().FullName ?? "Exception", exception.StackTrace);
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(BotFrameworkTexts.Apology(activity.Locale), CancellationToken.None);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            AdapterLog.ApologyFailed(_logger, ex.GetType().Name);
        }
    }

    /// <summary>Per-turn channel facts: who called, the lazily created connector, the expectReplies buffer.</summary>
    private sealed class ChannelTurn(BotIdentity identity, List<Activity>? buffered)
    {
        public BotIdentity Identity { get; } = identity;

        public List<Activity>? Buffered { get; } = buffered;

        public ConnectorClient? Connector { get; set; }
    }
}
