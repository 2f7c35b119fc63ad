using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

/// <summary>A typed property of conversation or user state, read and written within a turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
