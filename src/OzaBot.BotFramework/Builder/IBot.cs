namespace OzaBot.BotFramework.Builder;

/// <summary>The bot's turn logic, as in Bot Builder.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Runs around every turn (state loading, logging, typing, …).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
