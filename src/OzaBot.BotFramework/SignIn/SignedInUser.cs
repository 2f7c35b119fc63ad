namespace OzaBot.BotFramework.SignIn;

/// <summary>
/// The user's token for this turn only (put in the turn's services by <see cref="TeamsSso"/>). It is never
/// written to conversation or user state, a case, a card or a log.
/// </summary>
public sealed record SignedInUser(string Token)
{
    public override string ToString() => nameof(SignedInUser);
}
