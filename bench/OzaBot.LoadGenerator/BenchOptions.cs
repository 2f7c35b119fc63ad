using System.Globalization;

namespace OzaBot.LoadGenerator;

/// <summary>Command-line options (<c>--name value</c>); everything after <c>--</c> goes to the host.</summary>
internal sealed class BenchOptions
{
    public string? HostDll { get; private set; }

    public string Script { get; private set; } = "bench/scripts/oza-case.json";

    public IReadOnlyList<int> Levels { get; private set; } = [1, 8, 32, 128];

    public double LevelSeconds { get; private set; } = 10;

    public long LevelTurns { get; private set; } = 20_000;

    public double WarmupSeconds { get; private set; } = 20;

    /// <summary>Enough turns for tiered JIT to settle on the hot paths; the warm-up ends at whichever bound comes first.</summary>
    public long WarmupTurns { get; private set; } = 4000;

    public int LiveConversations { get; private set; } = 1000;

    public int LiveConcurrency { get; private set; } = 32;

    public int QuietMs { get; private set; } = 100;

    public int TurnTimeoutSeconds { get; private set; } = 15;

    public string ResultsDirectory { get; private set; } = "bench/results";

    public string? Commit { get; private set; }

    public string? WorkDirectory { get; private set; }

    /// <summary>Play the script once, waiting for quiet after every turn, and print what came back (for writing scripts).</summary>
    public bool Explain { get; private set; }

    public List<string> HostArguments { get; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--")
            {
                options.HostArguments.AddRange(args[(i + 1)..]);
                break;
            }

            if (args[i] == "--explain")
            {
                options.Explain = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i - 1])
            {
                case "--host-dll": options.HostDll = value; break;
                case "--script": options.Script = value; break;
                case "--levels": options.Levels = [.. value.Split(',').Select(Int)]; break;
                case "--level-seconds": options.LevelSeconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--level-turns": options.LevelTurns = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": options.WarmupSeconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-turns": options.WarmupTurns = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "--live-conversations": options.LiveConversations = Int(value); break;
                case "--live-concurrency": options.LiveConcurrency = Int(value); break;
                case "--quiet-ms": options.QuietMs = Int(value); break;
                case "--turn-timeout-seconds": options.TurnTimeoutSeconds = Int(value); break;
                case "--results-dir": options.ResultsDirectory = value; break;
                case "--commit": options.Commit = value; break;
                case "--work-dir": options.WorkDirectory = value; break;
                case "--clk-tck": Measure.ProcStats.ClockTicksPerSecond = Int(value); break;
                default: throw new ArgumentException($"unknown option {args[i - 1]}");
            }
        }

        return options.HostDll is null ? throw new ArgumentException("--host-dll is required") : options;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
