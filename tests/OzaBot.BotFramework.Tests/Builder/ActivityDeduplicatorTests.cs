using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Builder;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void The_same_id_in_the_same_conversation_is_let_through_once_within_the_window()
    {
        var dedup = new ActivityDeduplicator(_clock);

        Assert.True(dedup.TryBegin(Message("1", "a:1")));
        Assert.False(dedup.TryBegin(Message("1", "a:1")));
        Assert.True(dedup.TryBegin(Message("1", "a:2")));
        Assert.True(dedup.TryBegin(Message(null, "a:1")));
        Assert.True(dedup.TryBegin(Message(null, "a:1")));

        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(dedup.TryBegin(Message("1", "a:1")));
    }

    [Fact]
    public void Parallel_re_deliveries_are_processed_exactly_once()
    {
        var dedup = new ActivityDeduplicator(_clock);

        var admitted = Enumerable.Range(0, 64).AsParallel().Count(_ => dedup.TryBegin(Message("x", "a:1")));

        Assert.Equal(1, admitted);
    }

    private static Activity Message(string? id, string conversation) =>
        new() { Type = ActivityTypes.Message, Id = id, ChannelId = "msteams", Conversation = new ConversationAccount { Id = conversation } };
}
