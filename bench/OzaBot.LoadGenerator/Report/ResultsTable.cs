using System.Globalization;
using System.Text;

namespace OzaBot.LoadGenerator.Report;

/// <summary>The run as a Markdown table (pasteable into docs/benchmark.md).</summary>
internal static class ResultsTable
{
    public static string Render(BenchResults results)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"script {results.Script}, commit {results.Commit ?? "?"}, {results.Cores} cores, load average {results.LoadAverageAtStart} → {results.LoadAverageAtEnd}"));
        text.AppendLine(Invariant($"first answered turn after host start: {results.FirstTurnMs:F0} ms"));
        text.AppendLine();
        text.AppendLine("| level | turns | turns/s | p50 ms | p90 ms | p99 ms | max ms | errors | host CPU ms/turn | generator CPU ms/turn | host RSS MB | host peak RSS MB |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var level in results.Levels)
        {
            text.AppendLine(Row(level));
        }

        if (results.LiveConversations is { Run: { } live } point)
        {
            text.AppendLine(Row(live));
            text.AppendLine();
            text.AppendLine(Invariant($"{point.Conversations} live conversations: host RSS {point.RssBeforeMb:F0} MB before → {point.RssAfterMb:F0} MB after (peak {point.PeakRssMb:F0} MB)"));
        }

        if (results.Levels.Any(l => l.StateReadsPerTurn is not null))
        {
            text.AppendLine();
            text.AppendLine("store calls per turn (state reads / writes, case reads / writes):");
            foreach (var l in results.Levels)
            {
                text.AppendLine(Invariant($"  {l.Name}: {l.StateReadsPerTurn:F2} / {l.StateWritesPerTurn:F2}, {l.CaseReadsPerTurn:F2} / {l.CaseWritesPerTurn:F2}"));
            }
        }

        var errors = results.Levels.Append(results.LiveConversations?.Run).OfType<LevelResult>().SelectMany(l => l.ErrorKinds)
            .GroupBy(e => e.Key).Select(g => Invariant($"{g.Key}: {g.Sum(e => e.Value)}")).ToList();
        if (errors.Count > 0)
        {
            text.AppendLine("errors by kind: " + string.Join(", ", errors));
        }

        text.AppendLine(Invariant($"conversations played: {results.ConversationsPlayed}, stray replies: {results.StrayReplies}, other Connector calls: {results.OtherConnectorCalls}, host log lines (Warning+): {results.HostLogLines}"));
        return text.ToString();
    }

    private static string Row(LevelResult l) => Invariant(
        $"| {l.Name} | {l.Turns} | {l.TurnsPerSecond:F0} | {l.P50Ms:F1} | {l.P90Ms:F1} | {l.P99Ms:F1} | {l.MaxMs:F1} | {l.Errors} | {l.HostCpuMsPerTurn:F2} | {l.GeneratorCpuMsPerTurn:F2} | {l.HostRssMb:F0} | {l.HostPeakRssMb:F0} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
