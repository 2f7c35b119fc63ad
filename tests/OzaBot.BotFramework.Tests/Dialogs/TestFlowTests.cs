using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;
using Xunit.Sdk;

namespace OzaBot.BotFramework.Tests.Dialogs;

/// <summary>The harness itself: what it sends, and that its assertions really fail.</summary>
public sealed class TestFlowTests
{
    [Fact]
    public async Task As_switches_the_sender_for_group_chats()
    {
        var adapter = new TestAdapter("19:group@thread.v2", ConversationTypes.GroupChat);
        await new TestFlow(adapter, (turn, ct) => turn.SendActivityAsync($"{turn.Activity.From!.Name}: {turn.Activity.Text}", ct))
            .Send("hoi").AssertReply("Gebruiker: hoi")
            .As("29:user-2", "Intern begeleider").Send("hallo").AssertReply("Intern begeleider: hallo")
            .As(TestAdapter.User()).Send("weer ik").AssertReply("Gebruiker: weer ik")
            .StartTestAsync();
    }

    [Fact]
    public async Task Submit_and_Execute_arrive_as_Teams_sends_them_and_point_at_the_last_card()
    {
        var seen = new List<Activity>();
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""").RootElement.Clone();
        await new TestFlow(new TestAdapter(), async (turn, ct) =>
            {
                seen.Add(turn.Activity);
                if (turn.Activity.Text == "kaart")
                {
                    await turn.SendActivityAsync(ActivityAddressing.Card(card), ct);
                }
            })
            .Send("kaart").AssertCard(c => Assert.Equal("1.5", c.GetProperty("version").GetString()))
            .Submit(new { Keuze = "ja" })
            .Execute("opslaan", new { note = "n" })
            .StartTestAsync();

        var submit = seen[1];
        Assert.Equal((ActivityTypes.Message, null), (submit.Type, submit.Text));
        Assert.Equal("""{"keuze":"ja"}""", submit.Value!.Value.ToCompactJson());
        Assert.StartsWith("sent-", submit.ReplyToId, StringComparison.Ordinal);

        var execute = seen[2];
        Assert.Equal((ActivityTypes.Invoke, "adaptiveCard/action"), (execute.Type, execute.Name));
        var action = execute.Value!.Value.GetProperty("action");
        Assert.Equal(("Action.Execute", "opslaan", "n"), (action.GetProperty("type").GetString(), action.GetProperty("verb").GetString(), action.GetProperty("data").GetProperty("note").GetString()));
        Assert.Equal(submit.ReplyToId, execute.ReplyToId);
    }

    [Fact]
    public async Task Assertions_fail_when_the_conversation_differs()
    {
        Func<ITurnContext, CancellationToken, Task> echo = (turn, ct) => turn.SendActivityAsync("echo " + turn.Activity.Text, ct);

        await Assert.ThrowsAnyAsync<XunitException>(() => new TestFlow(new TestAdapter(), echo).Send("a").AssertReply("echo b").StartTestAsync());
        await Assert.ThrowsAnyAsync<XunitException>(() => new TestFlow(new TestAdapter(), echo).Send("a").AssertReply("echo a").AssertReply("meer").StartTestAsync());
        await Assert.ThrowsAnyAsync<XunitException>(() => new TestFlow(new TestAdapter(), echo).Send("a").AssertNoReply().StartTestAsync());
        await Assert.ThrowsAnyAsync<XunitException>(() => new TestFlow(new TestAdapter(), echo).Send("a").AssertCard().StartTestAsync());
        await Assert.ThrowsAnyAsync<XunitException>(() => new TestFlow(new TestAdapter(), echo).Send("a").AssertReplyContains("zzz").StartTestAsync());
    }

    [Fact]
    public async Task AdvanceTime_moves_the_adapters_fake_clock_and_activity_timestamps_follow_it()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var stamps = new List<DateTimeOffset?>();
        await new TestFlow(new TestAdapter { TimeProvider = time }, (turn, ct) =>
            {
                stamps.Add(turn.Activity.Timestamp);
                return Task.CompletedTask;
            })
            .Send("een").AdvanceTime(TimeSpan.FromHours(2)).Send("twee")
            .StartTestAsync();

        Assert.Equal([new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)], stamps);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new TestFlow(new TestAdapter(), (_, _) => Task.CompletedTask).AdvanceTime(TimeSpan.FromSeconds(1)).StartTestAsync());
    }
}
