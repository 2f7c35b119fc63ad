namespace OzaBot.BotFramework.Dialogs;

/// <summary>The outcome of a dialog operation: a status and, when a dialog ended, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>"Wait for the user" — what a step returns after it asked something.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    internal static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    internal static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
