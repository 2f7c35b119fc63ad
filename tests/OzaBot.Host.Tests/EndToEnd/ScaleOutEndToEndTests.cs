using System.Net;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// Two hosts on one SQLite file behind a load balancer that delivers the same activity to both at once (as a
/// Teams re-send may): the activity is processed once and the dialog advances once.
/// </summary>
public sealed class ScaleOutEndToEndTests
{
    private const string ConversationId = "a:scale-out";

    [Fact]
    public async Task The_same_message_delivered_to_two_hosts_at_once_starts_the_dialog_once()
    {
        var database = RunningBot.NewDatabasePath();
        await using var channel = await ChannelStandIn.StartAsync();
        await using var first = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}");
        await using var second = await RunningBot.StartDevelopmentAsync($"--Storage:SqlitePath={database}");

        var start = TeamsActivities.Message(channel.ServiceUrl, "nieuwe casus", id: "delivered-twice", conversationId: ConversationId);
        var responses = await Task.WhenAll(first.PostAsync(start), second.PostAsync(start.DeepClone()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await WaitForQuietAsync(channel);
        Assert.Single(channel.ConnectorRequests, r => r.Text?.Contains(CaseFlowTexts.Dutch.AskTrack, StringComparison.Ordinal) == true);

        // The next answer goes to either host and is taken as the answer to the track question, once.
        var answer = TeamsActivities.Message(channel.ServiceUrl, "oza individueel", id: "answer", conversationId: ConversationId);
        await Task.WhenAll(second.PostAsync(answer), first.PostAsync(answer.DeepClone()));
        await WaitForQuietAsync(channel);
        Assert.Single(channel.ConnectorRequests, r => r.Text?.Contains(CaseFlowTexts.Dutch.AskInitials, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(channel.ConnectorRequests, r => r.Text?.Contains("begreep ik niet", StringComparison.Ordinal) == true);
    }

    /// <summary>Replies of a turn that went on in the background: waits until the channel has been quiet for a moment.</summary>
    private static async Task WaitForQuietAsync(ChannelStandIn channel)
    {
        var count = -1;
        while (channel.ConnectorRequests.Count != count)
        {
            count = channel.ConnectorRequests.Count;
            await Task.Delay(300);
        }
    }
}
