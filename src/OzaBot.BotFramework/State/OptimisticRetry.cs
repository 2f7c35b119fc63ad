namespace OzaBot.BotFramework.State;

/// <summary>
/// The one retry loop of optimistic concurrency: an attempt reads, changes and writes against the version it
/// read; when someone else saved first (<see cref="StorageConflictException"/>) it runs again on their
/// version. The last attempt's conflict is thrown to the caller.
/// </summary>
public static class OptimisticRetry
{
    public const int DefaultMaxAttempts = 3;

    /// <param name="beforeRetry">Forgets what a lost attempt did (held replies, an invoke answer) before the next one.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, int maxAttempts = DefaultMaxAttempts, Action? beforeRetry = null)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (StorageConflictException) when (number < maxAttempts)
            {
                beforeRetry?.Invoke();
            }
        }
    }
}
