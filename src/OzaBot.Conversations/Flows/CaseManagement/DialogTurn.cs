using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.CaseManagement;

internal static class DialogTurn
{
    /// <summary>The turn a dialog step runs in (the assistant puts it in the turn's services): case access, conversation data.</summary>
    public static OzaTurn Of<TState>(WaterfallStepContext<TState> step)
        where TState : class, new()
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Context.Services.GetRequired<OzaTurn>();
    }
}
