namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Retries for transient failures (408, 429, 500, 502, 503, 504, connection errors, per-attempt
/// timeouts): exponential backoff with jitter, bounded by <see cref="MaxDelay"/> and <see cref="MaxRetries"/>.
/// </summary>
internal sealed class TableRetryOptions
{
    public int MaxRetries { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One attempt's limit; the service itself gives up on a query after about 5 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before retry number <paramref name="retry"/> (0-based): base·2^retry, capped, times a jitter factor in [0.5, 1).</summary>
    public TimeSpan DelayFor(int retry, double jitter)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter / 2)));
    }
}
