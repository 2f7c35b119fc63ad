using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

/// <summary>State of one user across conversations (preferences); keep it to values that may be set twice.</summary>
public sealed class UserState(IStorage storage) : BotState(storage)
{
    public override string GetStorageKey(ITurnContext turnContext) => StateKeys.User(turnContext);
}
