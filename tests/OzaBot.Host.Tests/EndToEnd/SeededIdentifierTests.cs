using System.Collections.Concurrent;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Azurite;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>
/// The seeded-identifier corpus on the real host: a made-up name, e-mail address, phone number (Dutch and
/// international), date of birth, BSN (also with 8 digits), postcode and IBAN typed into every free-text
/// question a user reaches — initials (1:1), the school label (group chat), an action, and on cards the
/// checklist note and the financing description — are each refused at the same question. Afterwards the store (every byte of the SQLite file and
/// its WAL; every Azurite entity), the host's log at Trace level and everything sent to the chats hold none of them.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SeededIdentifierTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] Identifiers =
    [
        "Sanne de Vries", "sanne.devries@example.nl", "06-12345678", "+31 20 123 4567", "12-03-2014",
        "111222333", "12345672", "1234 AB 12", "NL91ABNA0417164300",
    ];

    private const string AcceptedLabel = "Basisschool De Linde";

    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task On_SQLite_no_identifier_reaches_the_file_the_log_or_any_chat()
    {
        var database = RunningBot.NewDatabasePath();
        var log = new CapturedLog();
        await using (var bot = await StartAsync(log, $"--Storage:SqlitePath={database}"))
        {
            await TypeEveryIdentifierEverywhereAsync(bot);
        }

        var stored = new StringBuilder();
        foreach (var file in new[] { database, database + "-wal" }.Where(File.Exists))
        {
            stored.Append(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
        }

        Assert.Contains(AcceptedLabel, stored.ToString(), StringComparison.Ordinal); // the scan sees what was kept
        AssertNone(stored.ToString(), "the SQLite file");

        AssertNone(log.Text, "the host log");
        AssertNone(string.Join("\n", _channel.ConnectorRequests.Select(r => r.Body)), "the messages sent");
    }

    [Fact]
    public async Task On_Azure_Tables_no_identifier_reaches_any_entity()
    {
        var table = AzuriteFixture.NewTableName();
        var log = new CapturedLog();
        await using (var bot = await StartAsync(log, "--Storage:Provider=AzureTables", $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TableName={table}"))
        {
            await TypeEveryIdentifierEverywhereAsync(bot);
        }

        var service = new TableServiceClient(azurite.ConnectionString);
        var all = new StringBuilder();
        await foreach (var item in service.QueryAsync())
        {
            if (!item.Name.StartsWith(table, StringComparison.Ordinal))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(item.Name).QueryAsync<TableEntity>())
            {
                all.Append(StoredText.Of(entity)).Append('\n');
            }
        }

        Assert.Contains(AcceptedLabel, all.ToString(), StringComparison.Ordinal); // the scan sees what was kept
        AssertNone(all.ToString(), "the Azure tables");
        AssertNone(log.Text, "the host log");
    }

    private async Task TypeEveryIdentifierEverywhereAsync(RunningBot bot)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var personal = new ChatClient(bot, _channel, "a:seeded-" + id);
        await personal.SayAsync("nieuwe casus");
        await personal.SayAsync("oza individueel");
        await RefusedAtTheSameQuestionAsync(personal, "Dit lijkt|Initialen zijn hooguit vier letters", "geen", "Bij welke school");

        var group = new ChatClient(bot, _channel, "19:seeded-" + id + "@thread.v2", "groupChat");
        await group.SayAsync("nieuwe casus");
        await group.SayAsync("oza individueel");
        await RefusedAtTheSameQuestionAsync(group, "Dit lijkt", AcceptedLabel, "Welk niveau van ondersteuning");
        await group.SayAsync("basis");
        Assert.NotNull(Domain.Cases.CaseCodes.Find(ChatClient.Transcript(await group.SayAsync("versterken"))));

        Assert.Contains("Wat moet er gebeuren?", ChatClient.Transcript(await group.SayAsync("actie toevoegen")), StringComparison.Ordinal);
        await RefusedAtTheSameQuestionAsync(group, "Dit lijkt", "verslag van het gesprek delen", "Wie pakt het op");
        await group.SayAsync("stop");

        // The free-text inputs of cards: the checklist note and the financing description (1:1 chat).
        await personal.SayAsync("Basisschool De Linde");
        await personal.SayAsync("basis");
        await personal.SayAsync("versterken");
        var checklist = (await personal.SayAsync("stap 1"))[^1];
        await CardRefusesEveryIdentifierAsync(personal, checklist, "saveChecklist", "note");
        var financing = (await personal.SayAsync("financiering vastleggen"))[^1];
        await CardRefusesEveryIdentifierAsync(personal, financing, "saveFinancing", "what", ("financer", "Gemeente"));
    }

    /// <summary>
    /// Each identifier inside a sentence is refused with the reason (<paramref name="refusal"/>, a pattern); then a clean answer is taken by the same
    /// question and the dialog goes on to <paramref name="next"/>: nothing answered before was lost.
    /// </summary>
    private static async Task RefusedAtTheSameQuestionAsync(ChatClient chat, string refusal, string clean, string next)
    {
        foreach (var identifier in Identifiers)
        {
            var answer = ChatClient.Transcript(await chat.SayAsync($"gesprek met {identifier} over de ondersteuning"));
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(answer, refusal), $"'{identifier}' was not refused: {answer}");
        }

        Assert.Contains(next, ChatClient.Transcript(await chat.SayAsync(clean)), StringComparison.Ordinal);
    }

    /// <summary>Each identifier in a card's free-text input is refused with the reason, and nothing is applied.</summary>
    private static async Task CardRefusesEveryIdentifierAsync(ChatClient chat, RecordedRequest card, string verb, string input, params (string Id, string Value)[] other)
    {
        foreach (var identifier in Identifiers)
        {
            var filled = other.ToDictionary(o => o.Id, o => o.Value);
            filled[input] = $"gesprek met {identifier} over de ondersteuning";
            var (response, sent) = await chat.ExecuteAsync(verb, Journeys.SubmitData(card, verb, filled), replyToId: card.ActivityId!);
            var answer = ChatClient.Transcript(sent) + await response.Content.ReadAsStringAsync();
            Assert.True(answer.Contains("Dit lijkt", StringComparison.Ordinal), $"'{identifier}' in {verb}.{input} was not refused: {answer}");
        }
    }

    private static Task<RunningBot> StartAsync(CapturedLog log, params string[] args) =>
        RunningBot.StartAsync(["--Bot:AllowUnauthenticated=true", "--Logging:LogLevel:Default=Trace", .. args], builder => builder.Logging.AddProvider(log));

    private static void AssertNone(string text, string where)
    {
        foreach (var identifier in Identifiers)
        {
            Assert.False(text.Contains(identifier, StringComparison.OrdinalIgnoreCase), $"{where} holds '{identifier}'");
        }
    }

    /// <summary>Every log line of the host, at every level.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public string Text => string.Join("\n", _lines);

        public ILogger CreateLogger(string categoryName) => new Logger(_lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + exception);
        }
    }
}
