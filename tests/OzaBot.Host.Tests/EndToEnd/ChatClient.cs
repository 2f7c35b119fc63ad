using System.Net;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// Plays a user in one Teams conversation against a running host: each call posts an activity and
/// returns what the bot sent through the channel stand-in for that turn.
/// </summary>
internal sealed class ChatClient(RunningBot bot, ChannelStandIn channel, string conversationId = "a:e2e-personal", string conversationType = "personal")
{
    private int _seen;

    public RunningBot Bot { get; set; } = bot;

    public async Task<IReadOnlyList<RecordedRequest>> SayAsync(string text)
    {
        var response = await Bot.PostAsync(TeamsActivities.Message(channel.ServiceUrl, text, conversationId: conversationId, conversationType: conversationType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TakeNew();
    }

    public async Task<(HttpResponseMessage Response, IReadOnlyList<RecordedRequest> Sent)> ExecuteAsync(string verb, System.Text.Json.Nodes.JsonObject data, string replyToId)
    {
        var invoke = TeamsActivities.CardAction(channel.ServiceUrl, verb, data, conversationId);
        invoke["replyToId"] = replyToId;
        var response = await Bot.PostAsync(invoke);
        return (response, TakeNew());
    }

    /// <summary>The text of every message (and the JSON of every card) the bot sent in this turn, in order.</summary>
    public static string Transcript(IReadOnlyList<RecordedRequest> sent) =>
        string.Join("\n", sent.Where(r => r.Json?["type"]?.GetValue<string>() == "message").Select(r => string.Join(" ", r.Text, r.Json!["attachments"]?.ToJsonString()).Trim()));

    /// <summary>What the bot sent since the last call (after an activity the test posted itself).</summary>
    public List<RecordedRequest> TakeNew()
    {
        var all = channel.ConnectorRequests.ToList();
        var fresh = all.Skip(_seen).ToList();
        _seen = all.Count;
        return fresh;
    }
}
