namespace OzaBot.BotFramework.State;

/// <summary>
/// One attempt of a turn (a new one after a state conflict). It names the changes the attempt makes to
/// documents outside the conversation state (a case), in order, so a retry can recognise a change the
/// discarded attempt already saved and not make it twice: the n-th change of an activity has the same key
/// in every attempt.
/// </summary>
public sealed class TurnAttempt(string? activityId, int number)
{
    private int _changes;

    /// <summary>True from the second attempt on: a discarded attempt may have saved changes already.</summary>
    public bool IsRetry => number > 1;

    /// <summary>The key of the attempt's next change, or null when the activity has no id to key it by.</summary>
    public string? NextChangeKey() =>
        string.IsNullOrEmpty(activityId) ? null : $"{activityId}#{Interlocked.Increment(ref _changes)}";
}
