namespace OzaBot.LoadGenerator.Report;

/// <summary>Everything one run measured; written as bench/results/&lt;timestamp&gt;.json.</summary>
internal sealed class BenchResults
{
    public string? Commit { get; set; }

    public DateTimeOffset StartedUtc { get; set; }

    public int Cores { get; set; }

    public string? LoadAverageAtStart { get; set; }

    public string? LoadAverageAtEnd { get; set; }

    public string Script { get; set; } = "";

    /// <summary>From starting the host process to the first turn answered (reply received).</summary>
    public double FirstTurnMs { get; set; }

    public LevelResult? Warmup { get; set; }

    public LiveConversationsResult? LiveConversations { get; set; }

    public List<LevelResult> Levels { get; set; } = [];

    public long ConversationsPlayed { get; set; }

    /// <summary>Replies that arrived with no turn waiting for them (late or unasked).</summary>
    public long StrayReplies { get; set; }

    public long OtherConnectorCalls { get; set; }

    /// <summary>Lines the host printed at log level Warning (warnings and errors).</summary>
    public int HostLogLines { get; set; }
}

/// <summary>One concurrency level (or the warm-up, or the live-conversations run).</summary>
internal sealed class LevelResult
{
    public string Name { get; set; } = "";

    public int Concurrency { get; set; }

    public long Turns { get; set; }

    public double Seconds { get; set; }

    public double TurnsPerSecond { get; set; }

    public double P50Ms { get; set; }

    public double P90Ms { get; set; }

    public double P99Ms { get; set; }

    public double MaxMs { get; set; }

    public int Errors { get; set; }

    public Dictionary<string, int> ErrorKinds { get; set; } = [];

    /// <summary>Conversation-state reads per good turn (the host's store counters; null when the host has none).</summary>
    public double? StateReadsPerTurn { get; set; }

    public double? StateWritesPerTurn { get; set; }

    /// <summary>Case repository reads (loads and queries) per good turn.</summary>
    public double? CaseReadsPerTurn { get; set; }

    /// <summary>Case saves and deletes per good turn.</summary>
    public double? CaseWritesPerTurn { get; set; }

    /// <summary>Host utime+stime over the level divided by the good turns.</summary>
    public double HostCpuMsPerTurn { get; set; }

    /// <summary>The generator's own utime+stime per turn: it shares the cores with the host.</summary>
    public double GeneratorCpuMsPerTurn { get; set; }

    public double HostRssMb { get; set; }

    public double HostPeakRssMb { get; set; }

    /// <summary>Typing indicators received (the host sends them for message turns slower than 600 ms).</summary>
    public long TypingIndicators { get; set; }

    public long ConversationsCompleted { get; set; }
}

/// <summary>The memory point: the host's RSS after this many distinct conversations each played the script.</summary>
internal sealed class LiveConversationsResult
{
    public long Conversations { get; set; }

    public double RssBeforeMb { get; set; }

    public double RssAfterMb { get; set; }

    public double PeakRssMb { get; set; }

    public LevelResult? Run { get; set; }
}
