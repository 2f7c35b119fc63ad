using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using OzaBot.LoadGenerator.Script;

namespace OzaBot.LoadGenerator.Load;

/// <summary>
/// Plays the script in fresh conversations, one turn at a time, as long as the budget allows. A turn's latency runs
/// from the start of the POST to the last reply of the turn (an invoke's HTTP response counts as a reply). A failed
/// turn abandons its conversation: the next one starts clean.
/// </summary>
internal sealed class VirtualUser(PlayContext play)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private string? _lastCardId;
    private JsonElement? _lastCard;

    public async Task RunAsync(Budget budget, TurnResults results)
    {
        while (budget.TryStartConversation())
        {
            if (await PlayConversationAsync(budget, results))
            {
                results.ConversationCompleted();
            }
        }
    }

    /// <summary>Plays one turn of a fresh conversation; true once it was answered (used to time the host's start).</summary>
    public async Task<bool> TryFirstTurnAsync(TurnResults results)
    {
        var who = play.NewParticipant();
        play.Conversations.Open(who.ConversationId);
        try
        {
            return await PlayTurnAsync(who, play.Script.Turns[0], results, retryRefused: true);
        }
        finally
        {
            play.Conversations.Close(who.ConversationId);
        }
    }

    private async Task<bool> PlayConversationAsync(Budget budget, TurnResults results)
    {
        var who = play.NewParticipant();
        _lastCardId = null;
        _lastCard = null;
        play.Conversations.Open(who.ConversationId);
        try
        {
            foreach (var turn in play.Script.Turns)
            {
                if (!budget.TryTakeTurn() || !await PlayTurnAsync(who, turn, results, retryRefused: false))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            play.Conversations.Close(who.ConversationId);
        }
    }

    /// <summary>Plays the script once in one conversation, every turn until quiet, reporting each turn (<c>--explain</c>).</summary>
    public async Task PlayOnceAsync(Action<ScriptTurn, ExplainedTurn> observe)
    {
        var who = play.NewParticipant();
        play.Conversations.Open(who.ConversationId);
        try
        {
            foreach (var turn in play.Script.Turns)
            {
                var outcome = await RunTurnAsync(who, turn, retryRefused: false, untilQuiet: true);
                observe(turn, new ExplainedTurn(outcome.HttpStatus, outcome.Replies, outcome.InvokeBody, outcome.Error));
            }
        }
        finally
        {
            play.Conversations.Close(who.ConversationId);
        }
    }

    private async Task<bool> PlayTurnAsync(Participant who, ScriptTurn turn, TurnResults results, bool retryRefused)
    {
        var outcome = await RunTurnAsync(who, turn, retryRefused, untilQuiet: false);
        if (outcome.Error is { } error)
        {
            results.Error(error);
            return false;
        }

        results.Ok(outcome.LatencyMs, outcome.Typing);
        return true;
    }

    private async Task<TurnOutcome> RunTurnAsync(Participant who, ScriptTurn turn, bool retryRefused, bool untilQuiet)
    {
        var body = Activity(who, turn);
        var probe = new TurnProbe(untilQuiet ? null : turn.ExpectedReplies);
        play.Conversations.Begin(who.ConversationId, probe);
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var timeout = new CancellationTokenSource(play.TurnTimeout);
            HttpResponseMessage response;
            try
            {
                response = await PostAsync(body, retryRefused, timeout.Token);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                return TurnOutcome.Failed(ex is OperationCanceledException ? "timeout" : "transport", 0, probe);
            }

            using (response)
            {
                var responseBody = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                var httpAt = Stopwatch.GetTimestamp();
                var status = (int)response.StatusCode;
                probe.HttpDone();
                if (!response.IsSuccessStatusCode)
                {
                    return TurnOutcome.Failed($"http {status}", status, probe, responseBody);
                }

                if (!await RepliesInAsync(probe, timeout.Token))
                {
                    return TurnOutcome.Failed("reply timeout", status, probe, responseBody);
                }

                var replies = probe.Replies();
                var isInvoke = turn.Do == TurnAction.Invoke;
                var invokeBody = isInvoke ? responseBody : null;
                var error =
                    turn.ExpectedReplies is { } expected && replies.Count != expected ? (replies.Count > expected ? "extra replies" : "missing replies")
                    : isInvoke && !InvokeSucceeded(responseBody) ? "invoke status"
                    : turn.Contains is { } needle && !Contains(replies, invokeBody, needle) ? "reply text"
                    : null;
                Remember(replies, invokeBody);
                var end = Math.Max(replies.Count > 0 ? replies.Max(r => r.ArrivedAt) : 0, isInvoke || replies.Count == 0 ? httpAt : 0);
                return new TurnOutcome(error, Stopwatch.GetElapsedTime(started, end).TotalMilliseconds, status, replies, invokeBody, probe.Typing);
            }
        }
        finally
        {
            play.Conversations.End(who.ConversationId);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, bool retryRefused, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            try
            {
                return await play.Http.PostAsync(play.MessagesUrl, content, cancellationToken);
            }
            catch (HttpRequestException) when (retryRefused)
            {
                // The host is still starting: its socket is not open yet.
                await Task.Delay(10, cancellationToken);
            }
        }
    }

    private async Task<bool> RepliesInAsync(TurnProbe probe, CancellationToken cancellationToken)
    {
        try
        {
            if (probe.Expected is not null)
            {
                await probe.Completed.WaitAsync(cancellationToken);
                return true;
            }

            // "quiet": the HTTP response is in; wait until no reply arrived for a whole quiet period.
            int seen;
            do
            {
                seen = probe.Version;
                await Task.Delay(play.QuietPeriod, cancellationToken);
            }
            while (probe.Version != seen);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private byte[] Activity(Participant who, ScriptTurn turn)
    {
        var id = play.NewActivityId();
        switch (turn.Do)
        {
            case TurnAction.Join:
                return play.Activities.ConversationUpdate(who, id);
            case TurnAction.Send:
                return play.Activities.Message(who, id, turn.Text!);
            case TurnAction.Submit:
                var submitted = turn.FromCard && _lastCard is { } card ? CardActions.ActionData(card, "Action.Submit", null, turn.Title) : null;
                return play.Activities.Submit(who, id, _lastCardId, CardActions.Merge(submitted, turn.Data));
            default:
                var data = turn.FromCard && _lastCard is { } c ? CardActions.ActionData(c, "Action.Execute", turn.Verb, null) : null;
                return play.Activities.Invoke(who, id, _lastCardId, turn.Verb!, CardActions.Merge(data, turn.Data));
        }
    }

    private static bool InvokeSucceeded(byte[] responseBody)
    {
        if (responseBody.Length == 0)
        {
            return true;
        }

        using var doc = JsonDocument.Parse(responseBody);
        return doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("statusCode", out var status) || status.GetInt32() is >= 200 and < 300;
    }

    private static bool Contains(List<Reply> replies, byte[]? invokeResponse, string needle) =>
        replies.Any(r => CardActions.VisibleText(r.Body).Contains(needle, StringComparison.Ordinal)) ||
        (invokeResponse is not null && CardActions.VisibleText(invokeResponse).Contains(needle, StringComparison.Ordinal));

    /// <summary>The last card the bot sent is what the next submit or invoke acts on (replyToId and, with fromCard, its data).</summary>
    private void Remember(List<Reply> replies, byte[]? invokeResponse)
    {
        foreach (var reply in replies.Where(r => r.HasAttachments))
        {
            _lastCardId = reply.Id;
            _lastCard = play.Script.ReadsCards ? CardActions.CardInReply(reply.Body) : null;
        }

        if (invokeResponse is { Length: > 0 } && play.Script.ReadsCards)
        {
            using var doc = JsonDocument.Parse(invokeResponse);
            _lastCard = CardActions.CardInInvokeResponse(doc.RootElement) ?? _lastCard;
        }
    }
}

/// <summary>How one turn went; <see cref="Error"/> is null when it went as the script expects.</summary>
internal sealed record TurnOutcome(string? Error, double LatencyMs, int HttpStatus, List<Reply> Replies, byte[]? InvokeBody, int Typing)
{
    public static TurnOutcome Failed(string error, int httpStatus, TurnProbe probe, byte[]? body = null) =>
        new(error, 0, httpStatus, probe.Replies(), body, probe.Typing);
}

/// <summary>What every virtual user of a run shares.</summary>
internal sealed class PlayContext(ConversationScript script, HttpClient http, Uri messagesUrl, TeamsActivities activities, ConversationRegistry conversations, string runTag)
{
    private long _conversations;
    private long _activities;

    public ConversationScript Script { get; } = script;

    public HttpClient Http { get; } = http;

    public Uri MessagesUrl { get; } = messagesUrl;

    public TeamsActivities Activities { get; } = activities;

    public ConversationRegistry Conversations { get; } = conversations;

    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Distinct conversations started so far (each has its own user and conversation id).</summary>
    public long ConversationCount => Interlocked.Read(ref _conversations);

    public Participant NewParticipant()
    {
        var n = Interlocked.Increment(ref _conversations);
        var tag = string.Create(CultureInfo.InvariantCulture, $"{runTag}-{n:D7}");
        return new Participant($"29:bench-user-{tag}", string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{n:x12}"), "Bench Gebruiker", $"a:bench-{tag}");
    }

    public string NewActivityId() => string.Create(CultureInfo.InvariantCulture, $"{runTag}-act-{Interlocked.Increment(ref _activities)}");
}
