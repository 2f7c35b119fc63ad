using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

/// <summary>State shared by everyone in a conversation (a personal chat, a group chat, a channel thread): dialog stacks live here.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage)
{
    public override string GetStorageKey(ITurnContext turnContext) => StateKeys.Conversation(turnContext);
}
