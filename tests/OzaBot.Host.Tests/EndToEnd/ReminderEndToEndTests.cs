using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OzaBot.Conversations.Reminders;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// Reminders through the real host on Kestrel to the channel stand-in, on a fake clock (Thursday 3 December 2026,
/// 10:00 in Amsterdam): a reminder arrives; two hosts on one store (SQLite file, Azurite) send each reminder exactly
/// once; a conversation whose Connector answers 403 is marked and skipped; a 500 is retried after a backoff, once.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ReminderEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_reminder_for_an_evaluation_due_today_arrives_at_the_channel_once()
    {
        await using var bot = await StartAsync($"--Storage:SqlitePath={RunningBot.NewDatabasePath()}");
        var code = await ChatWithCaseDueTodayAsync(bot, "19:e2e-reminder@thread.v2");

        await RunPassAsync(bot);
        await RunPassAsync(bot);

        var reminder = Assert.Single(Reminders());
        Assert.Equal("/_connector/v3/conversations/19%3Ae2e-reminder%40thread.v2/activities", reminder.Path);
        Assert.StartsWith($"⏰ Herinnering casus {code}: de evaluatie staat op **do 3 dec 2026**", reminder.Text, StringComparison.Ordinal);
        Assert.Equal("Volgende stappen", reminder.Json!["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    public static TheoryData<string> Stores => ["sqlite", "azurite"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Two_hosts_on_one_store_send_each_reminder_exactly_once(string store)
    {
        var args = StoreArgs(store);
        await using var first = await StartAsync(args);
        await using var second = await StartAsync(args);
        var conversations = new[] { "19:first@thread.v2", "19:second@thread.v2" };
        foreach (var conversation in conversations)
        {
            await ChatWithCaseDueTodayAsync(first, conversation);
            await ChatWithCaseDueTodayAsync(second, conversation);
        }

        // Both hosts at once, twice each, and each host's own job at its next tick (which takes the lease).
        _time.Advance(TimeSpan.FromSeconds(60));
        await Task.WhenAll(RunPassAsync(first), RunPassAsync(second), RunPassAsync(first), RunPassAsync(second));
        await WaitForRemindersAsync(4); // a background pass may still be sending one it claimed

        // Nothing is left to send, on either host.
        Assert.Empty((await Task.WhenAll(RunPassAsync(first), RunPassAsync(second))).SelectMany(k => k));
        var sent = Reminders();
        Assert.Equal(4, sent.Count);
        Assert.Equal(4, sent.Select(r => (r.Path, r.Text)).Distinct().Count());
        Assert.All(conversations, c => Assert.Equal(2, sent.Count(r => r.Path.Contains(Uri.EscapeDataString(c), StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_conversation_the_bot_was_removed_from_is_marked_and_skipped_and_the_owner_is_reminded_alone()
    {
        await using var bot = await StartAsync($"--Storage:SqlitePath={RunningBot.NewDatabasePath()}");
        await ChatWithCaseDueTodayAsync(bot, "19:removed@thread.v2");
        _channel.ScriptConnectorResponse(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"removed"}}""");

        await RunPassAsync(bot);
        var reference = await bot.Services.GetRequiredService<ConversationReferences>().FindAsync("19:removed@thread.v2", CancellationToken.None);
        Assert.True(reference!.Removed);

        // The next reminders skip it: they go to the owner's 1:1 chat, opened with CreateConversation.
        await SaveCaseAsync(bot, "19:removed@thread.v2", _time.GetUtcNow().AddDays(1));
        var before = ToRemoved();
        await RunPassAsync(bot);
        Assert.Equal(before, ToRemoved());
        Assert.Single(_channel.ConnectorRequests, r => r.Path == "/_connector/v3/conversations");
        Assert.Equal(2, Reminders().Count(r => r.Path.Contains("a%3A1on1-aad-owner", StringComparison.Ordinal)));

        int ToRemoved() => _channel.ConnectorRequests.Count(r => r.Path.Contains(Uri.EscapeDataString("19:removed@thread.v2"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_send_is_retried_after_its_backoff_and_arrives_once()
    {
        await using var bot = await StartAsync($"--Storage:SqlitePath={RunningBot.NewDatabasePath()}", "--Reminders:Enabled=false");
        await ChatWithCaseDueTodayAsync(bot, "19:flaky@thread.v2");
        _channel.ScriptConnectorResponse(HttpStatusCode.InternalServerError);

        // The stand-in records every attempt, the refused one too: one attempt, none before the backoff, one after.
        Assert.Empty(await RunPassAsync(bot));
        Assert.Empty(await RunPassAsync(bot));
        Assert.Single(Reminders());

        _time.Advance(ReminderDelivery.FirstRetryDelay);
        Assert.Single(await RunPassAsync(bot));
        Assert.Empty(await RunPassAsync(bot));
        Assert.Equal(2, Reminders().Count);
    }

    private string[] StoreArgs(string store) => store == "sqlite"
        ? [$"--Storage:SqlitePath={RunningBot.NewDatabasePath()}"]
        : ["--Storage:Provider=AzureTables", $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TableName={AzuriteFixture.NewTableName()}"];

    private Task<RunningBot> StartAsync(params string[] args) =>
        RunningBot.StartAsync(["--Bot:AllowUnauthenticated=true", "--Reminders:IntervalSeconds=60", .. args], builder => builder.Services.AddSingleton<TimeProvider>(_time));

    /// <summary>Someone says something in the group chat (so the bot has its reference), and a case there has its evaluation this afternoon.</summary>
    private async Task<string> ChatWithCaseDueTodayAsync(RunningBot bot, string conversationId)
    {
        await new ChatClient(bot, _channel, conversationId, "groupChat").SayAsync("help");
        return await SaveCaseAsync(bot, conversationId, _time.GetUtcNow().AddHours(4));
    }

    private async Task<string> SaveCaseAsync(RunningBot bot, string conversationId, DateTimeOffset evaluation)
    {
        var opened = Case.Open(ProcessCatalogue.Default, Track.ZioSchool, null, new Actor("aad-owner", _time.GetUtcNow().AddDays(-7))).Value!;
        Assert.False(opened.ScheduleNextEvaluation(evaluation, new Actor("aad-owner", _time.GetUtcNow().AddDays(-1))).IsRefused);
        var meta = new CaseMeta { TenantId = RunningBot.TenantId, Label = "Regio", ConversationIds = [conversationId] };
        return (await bot.Services.GetRequiredService<ICaseRepository>().SaveAsync(new StoredCase(opened, meta))).Code;
    }

    private static Task<IReadOnlyList<OzaBot.Domain.Reminders.ReminderKind>> RunPassAsync(RunningBot bot) => bot.Services.GetRequiredService<ReminderPass>().RunAsync(CancellationToken.None);

    private async Task WaitForRemindersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (Reminders().Count < count)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private List<RecordedRequest> Reminders() => [.. _channel.ConnectorRequests.Where(r => r.Text?.StartsWith('⏰') == true)];
}
