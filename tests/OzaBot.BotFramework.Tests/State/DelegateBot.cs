using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.Tests.State;

internal sealed class DelegateBot(Func<ITurnContext, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext);
}
