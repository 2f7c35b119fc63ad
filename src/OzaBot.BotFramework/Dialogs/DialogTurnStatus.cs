namespace OzaBot.BotFramework.Dialogs;

/// <summary>What happened to the dialog stack in this turn (Bot Builder names).</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing was running.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; the result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled (by the user or a prompt that gave up).</summary>
    Cancelled,

    /// <summary>Ended, but the bot should not start anything else this turn.</summary>
    CompleteAndWait,
}

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
