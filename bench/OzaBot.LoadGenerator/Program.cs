using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OzaBot.LoadGenerator;
using OzaBot.LoadGenerator.Hosting;
using OzaBot.LoadGenerator.Load;
using OzaBot.LoadGenerator.Measure;
using OzaBot.LoadGenerator.Report;
using OzaBot.LoadGenerator.Script;

// The load benchmark (docs/benchmark.md): starts the host, times its first answered turn, warms it up, plays the
// memory point and the concurrency levels, prints a table and writes the results as JSON. Loopback only, bounded.
var options = BenchOptions.Parse(args);
var script = ScriptLoader.Load(options.Script);
var work = options.WorkDirectory ?? Directory.CreateTempSubdirectory("ozabot-bench-").FullName;
var results = new BenchResults
{
    Commit = options.Commit,
    StartedUtc = DateTimeOffset.UtcNow,
    Cores = Environment.ProcessorCount,
    LoadAverageAtStart = LoadAverage(),
    Script = script.Name,
};

var conversations = new ConversationRegistry();
await using var connector = new ConnectorStandIn(conversations);
await connector.StartAsync();

var baseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{HostProcess.FreeLoopbackPort()}");
string[] hostArguments =
[
    "--Bot:AllowUnauthenticated=true",
    "--urls", baseUrl,
    "--Logging:LogLevel:Default=Warning",
    $"--Storage:SqlitePath={Path.Combine(work, "bench.db")}",
    $"--Host:PublicBaseUrl={baseUrl}",
    .. options.HostArguments,
];

using var handler = new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = int.MaxValue };
using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
var runTag = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString("x", CultureInfo.InvariantCulture);
var play = new PlayContext(script, http, new Uri(baseUrl + "/api/messages"), new TeamsActivities(connector.ServiceUrl, script.Locale), conversations, runTag)
{
    TurnTimeout = TimeSpan.FromSeconds(options.TurnTimeoutSeconds),
    QuietPeriod = TimeSpan.FromMilliseconds(options.QuietMs),
};

Console.Error.WriteLine($"host: dotnet {options.HostDll} {string.Join(' ', hostArguments)}");
using var host = HostProcess.Start(options.HostDll!, hostArguments);
AppDomain.CurrentDomain.ProcessExit += (_, _) => host.Dispose();
Console.CancelKeyPress += (_, _) => host.Dispose();

var firstTurn = new TurnResults();
if (!await new VirtualUser(play).TryFirstTurnAsync(firstTurn))
{
    return Fail($"the host did not answer a first turn ({string.Join(", ", firstTurn.Errors().Keys)})");
}

results.FirstTurnMs = Stopwatch.GetElapsedTime(host.StartedAt).TotalMilliseconds;
Console.Error.WriteLine($"first answered turn {results.FirstTurnMs:F0} ms after start; serviceUrl {connector.ServiceUrl}");

if (options.Explain)
{
    Console.WriteLine(await ScriptExplainer.ExplainAsync(play));
    return 0;
}

var runner = new LevelRunner(play, host.Pid);
results.Warmup = await runner.RunAsync("warm-up", 8, new Budget(options.WarmupTurns, long.MaxValue, TimeSpan.FromSeconds(options.WarmupSeconds)));
Progress(results.Warmup);

if (options.LiveConversations > 0)
{
    await Task.Delay(500);
    var before = ProcStats.Memory(host.Pid);
    var live = await runner.RunAsync($"{options.LiveConversations} conv", options.LiveConcurrency, new Budget(long.MaxValue, options.LiveConversations, TimeSpan.FromMinutes(2)));
    await Task.Delay(500);
    var after = ProcStats.Memory(host.Pid);
    results.LiveConversations = new LiveConversationsResult
    {
        Conversations = live.ConversationsCompleted,
        RssBeforeMb = before.RssMb,
        RssAfterMb = after.RssMb,
        PeakRssMb = after.PeakRssMb,
        Run = live,
    };
    Progress(live);
}

foreach (var concurrency in options.Levels)
{
    if (host.HasExited)
    {
        return Fail("the host exited");
    }

    await Task.Delay(500);
    var level = await runner.RunAsync(concurrency.ToString(CultureInfo.InvariantCulture), concurrency, new Budget(options.LevelTurns, long.MaxValue, TimeSpan.FromSeconds(options.LevelSeconds)));
    results.Levels.Add(level);
    Progress(level);
}

results.LoadAverageAtEnd = LoadAverage();
results.ConversationsPlayed = play.ConversationCount;
results.StrayReplies = conversations.Stray;
results.OtherConnectorCalls = connector.OtherCalls;
results.HostLogLines = host.OutputLines;

Directory.CreateDirectory(options.ResultsDirectory);
var file = Path.Combine(options.ResultsDirectory, results.StartedUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + ".json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, GeneratorJsonContext.Default.BenchResults));
Console.WriteLine(ResultsTable.Render(results));
Console.WriteLine($"results: {file}");
if (host.OutputLines > 0)
{
    Console.WriteLine("last host log lines:");
    foreach (var line in host.LastLines().TakeLast(10))
    {
        Console.WriteLine("  " + line);
    }
}

return 0;

int Fail(string why)
{
    Console.Error.WriteLine($"benchmark failed: {why}");
    foreach (var line in host.LastLines())
    {
        Console.Error.WriteLine("  host: " + line);
    }

    return 1;
}

static void Progress(LevelResult level) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{level.Name,-10} {level.Turns,7} turns {level.TurnsPerSecond,7:F0}/s  p50 {level.P50Ms,6:F1}  p99 {level.P99Ms,6:F1} ms  errors {level.Errors}  host {level.HostCpuMsPerTurn:F2} ms CPU/turn  generator {level.GeneratorCpuMsPerTurn:F2}  RSS {level.HostRssMb:F0} MB  store/turn state {level.StateReadsPerTurn:F2}r {level.StateWritesPerTurn:F2}w case {level.CaseReadsPerTurn:F2}r {level.CaseWritesPerTurn:F2}w"));

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
