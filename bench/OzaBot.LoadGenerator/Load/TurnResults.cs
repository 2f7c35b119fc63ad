namespace OzaBot.LoadGenerator.Load;

/// <summary>The turns of one run: latencies of the good ones, and errors by kind.</summary>
internal sealed class TurnResults
{
    private readonly object _gate = new();
    private readonly List<double> _latenciesMs = [];
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private long _typing;
    private long _conversationsCompleted;

    public void Ok(double latencyMs, int typing)
    {
        lock (_gate)
        {
            _latenciesMs.Add(latencyMs);
            _typing += typing;
        }
    }

    public void Error(string kind)
    {
        lock (_gate)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        }
    }

    public void ConversationCompleted() => Interlocked.Increment(ref _conversationsCompleted);

    public long ConversationsCompleted => Interlocked.Read(ref _conversationsCompleted);

    public long Typing
    {
        get
        {
            lock (_gate)
            {
                return _typing;
            }
        }
    }

    public double[] SortedLatencies()
    {
        lock (_gate)
        {
            var sorted = _latenciesMs.ToArray();
            Array.Sort(sorted);
            return sorted;
        }
    }

    public Dictionary<string, int> Errors()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_errors, StringComparer.Ordinal);
        }
    }
}
