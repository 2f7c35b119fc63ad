namespace OzaBot.BotFramework.State;

/// <summary>The state documents loaded in one turn, per <see cref="BotState"/> instance; lives in the turn's services.</summary>
internal sealed class BotStateTurnCache
{
    private readonly Dictionary<BotState, CachedBotState> _loaded = [];

    public CachedBotState? Get(BotState state) => _loaded.GetValueOrDefault(state);

    public void Set(BotState state, CachedBotState cached) => _loaded[state] = cached;
}
