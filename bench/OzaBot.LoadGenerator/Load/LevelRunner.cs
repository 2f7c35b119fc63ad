using System.Diagnostics;
using OzaBot.LoadGenerator.Measure;
using OzaBot.LoadGenerator.Report;

namespace OzaBot.LoadGenerator.Load;

/// <summary>Runs a number of virtual users against the host under one budget and measures the host and itself meanwhile.</summary>
internal sealed class LevelRunner(PlayContext play, int hostPid)
{
    public async Task<LevelResult> RunAsync(string name, int concurrency, Budget budget)
    {
        var results = new TurnResults();
        var hostCpu = ProcStats.CpuTime(hostPid);
        var ownCpu = ProcStats.CpuTime(Environment.ProcessId);
        var storeBefore = await StoreCounterProbe.ReadAsync(play.Http, play.MessagesUrl);
        var started = Stopwatch.GetTimestamp();

        var users = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => new VirtualUser(play).RunAsync(budget, results)));
        await Task.WhenAll(users);

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var hostCpuMs = (ProcStats.CpuTime(hostPid) - hostCpu).TotalMilliseconds;
        var ownCpuMs = (ProcStats.CpuTime(Environment.ProcessId) - ownCpu).TotalMilliseconds;
        var memory = ProcStats.Memory(hostPid);
        var latencies = results.SortedLatencies();
        var errors = results.Errors();
        var turns = latencies.Length;
        var storeAfter = await StoreCounterProbe.ReadAsync(play.Http, play.MessagesUrl);
        double? PerTurn(int index) => storeBefore is null || storeAfter is null || turns == 0 ? null : (double)(storeAfter[index] - storeBefore[index]) / turns;
        return new LevelResult
        {
            Name = name,
            Concurrency = concurrency,
            Turns = turns,
            Seconds = seconds,
            TurnsPerSecond = turns / seconds,
            P50Ms = Percentiles.Of(latencies, 50),
            P90Ms = Percentiles.Of(latencies, 90),
            P99Ms = Percentiles.Of(latencies, 99),
            MaxMs = latencies.Length == 0 ? 0 : latencies[^1],
            Errors = errors.Values.Sum(),
            ErrorKinds = errors,
            HostCpuMsPerTurn = turns == 0 ? 0 : hostCpuMs / turns,
            GeneratorCpuMsPerTurn = turns == 0 ? 0 : ownCpuMs / turns,
            HostRssMb = memory.RssMb,
            HostPeakRssMb = memory.PeakRssMb,
            TypingIndicators = results.Typing,
            ConversationsCompleted = results.ConversationsCompleted,
            StateReadsPerTurn = PerTurn(0),
            StateWritesPerTurn = PerTurn(1),
            CaseReadsPerTurn = PerTurn(2),
            CaseWritesPerTurn = PerTurn(3),
        };
    }
}
