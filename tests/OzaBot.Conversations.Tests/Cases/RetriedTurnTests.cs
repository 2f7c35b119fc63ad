using System.Text.RegularExpressions;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Flows.Actions;
using OzaBot.Conversations.Tests.CaseManagement;
using OzaBot.Conversations.Tests.Support;

namespace OzaBot.Conversations.Tests.Cases;

/// <summary>
/// A turn whose conversation state loses the race to another instance runs again on fresh state. What the
/// discarded attempt did outside that state — the case change, the reply, the plan card's update — must
/// happen once, as the user meant it.
/// </summary>
public sealed class RetriedTurnTests
{
    [Fact]
    public async Task A_turn_retried_after_a_state_conflict_adds_the_action_once_says_so_once_and_updates_the_plan_card_once()
    {
        var storage = new ConflictOnceStorage(new MemoryStorage());
        var assistant = new Assistant(storage);
        var stored = await TestCases.OpenAsync(assistant);
        var chat = assistant.Chat();

        await assistant.Flow(chat)
            .Send("toon plan " + stored.Code).AssertTextWithCard(stored.Code)
            .Send("actie toevoegen " + stored.Code).AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhat)
            .Send("rooster aanpassen").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWho)
            .Send("1").AssertReplyContains(ActionTexts.In(Language.Dutch).AskWhen)
            .Then(storage.FailNextWrite)
            .Send("geen").AssertReply(ActionTexts.In(Language.Dutch).Added(1, "rooster aanpassen", "school", null))
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(1, storage.Conflicts);
        Assert.Single((await TestCases.ReadAsync(assistant, stored.Code)).Actions);
        Assert.Single(chat.Updated);
    }

    [Fact]
    public async Task A_new_case_whose_last_answer_is_retried_after_a_state_conflict_is_created_once()
    {
        var storage = new ConflictOnceStorage(new MemoryStorage());
        var assistant = new Assistant(storage);
        var chat = assistant.Chat();

        await assistant.Flow(chat)
            .Send("nieuwe casus").AssertReplyContains("Wat voor traject")
            .Send("OZA individueel").AssertReplyContains("initialen")
            .Send("J.B.").AssertReplyContains("Bij welke school")
            .Send("Basisschool De Linde").AssertReplyContains("niveau van ondersteuning")
            .Send("aanvullend").AssertReplyContains("doelstelling")
            .Then(storage.FailNextWrite)
            .Send("terugleiden").AssertTextWithCard("is aangemaakt en gekoppeld aan dit gesprek")
            .Send("mijn casussen").AssertReply(reply => Assert.Single(Regex.Matches(reply.Text!, "OZA-[A-Z0-9]{4}-[A-Z0-9]{2}").Select(m => m.Value).Distinct()))
            .StartTestAsync();

        Assert.Equal(1, storage.Conflicts);
        Assert.Single(await assistant.Cases.Repository.ListByConversationAsync("tenant-1", chat.ConversationId));
    }

    /// <summary>Another instance saved first, once: the next write is refused as the real stores refuse it.</summary>
    private sealed class ConflictOnceStorage(IStorage inner) : IStorage
    {
        private int _armed;

        public int Conflicts { get; private set; }

        public void FailNextWrite() => Volatile.Write(ref _armed, 1);

        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

        public Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Conflicts++;
                throw new StorageConflictException("Saved first by another instance.");
            }

            return inner.WriteAsync(key, json, eTag, cancellationToken);
        }

        public Task DeleteAsync(string key, string? eTag, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, eTag, cancellationToken);
    }
}
