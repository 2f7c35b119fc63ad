namespace OzaBot.LoadGenerator.Load;

/// <summary>
/// Collects the replies of one turn. With a count, it completes once the HTTP response is in and that many
/// replies arrived; with "quiet" (count null) the virtual user waits for a quiet period itself.
/// </summary>
internal sealed class TurnProbe(int? expected)
{
    private readonly object _gate = new();
    private readonly List<Reply> _replies = [];
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _httpDone;

    public int? Expected { get; } = expected;

    public int Typing { get; private set; }

    /// <summary>Changes with every reply, so a quiet wait can tell whether anything arrived.</summary>
    public int Version { get; private set; }

    public Task Completed => _done.Task;

    public void Add(Reply reply)
    {
        lock (_gate)
        {
            Version++;
            if (reply.IsTyping)
            {
                Typing++;
                return;
            }

            _replies.Add(reply);
            CompleteIfDone();
        }
    }

    public void HttpDone()
    {
        lock (_gate)
        {
            _httpDone = true;
            CompleteIfDone();
        }
    }

    public List<Reply> Replies()
    {
        lock (_gate)
        {
            return [.. _replies];
        }
    }

    private void CompleteIfDone()
    {
        if (_httpDone && Expected is { } n && _replies.Count >= n)
        {
            _done.TrySetResult();
        }
    }
}
