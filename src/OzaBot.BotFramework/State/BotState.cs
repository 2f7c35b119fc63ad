using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

/// <summary>
/// A JSON document of typed properties in <see cref="IStorage"/>, read once per turn and written at
/// most once at its end, guarded by the ETag it was read with (Bot Builder's BotState, minus
/// last-writer-wins). A stale save throws <see cref="StorageConflictException"/>; the state
/// middleware then runs the turn again on fresh state.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;

    protected BotState(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    /// <summary>A typed property serialized with source-generated (or otherwise prepared) type info.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new StatePropertyAccessor<T>(this, name, typeInfo);
    }

    /// <summary>A typed property serialized with the type info that <paramref name="options"/> resolves for <typeparamref name="T"/>.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return CreateProperty(name, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>The storage key for this turn; contains only channel, conversation and user ids.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Reads the document into the turn, unless it is already there (or <paramref name="force"/> asks to read again).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turnCache = TurnCache(turnContext);
        if (!force && turnCache.Get(this) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var item = await _storage.ReadAsync(key, cancellationToken);
        turnCache.Set(this, CachedBotState.FromStore(key, item));
    }

    /// <summary>Whether the document changed this turn, so that <see cref="SaveChangesAsync"/> will write it.</summary>
    public bool HasChanges(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnCache(turnContext).Get(this) is { HasChanges: true };
    }

    /// <summary>
    /// Writes the document if it changed this turn (or <paramref name="force"/>), If-Match on the ETag it
    /// was read with (create-only if there was none).
    /// </summary>
    /// <exception cref="StorageConflictException">Someone else changed the document since it was read.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TurnCache(turnContext).Get(this) is not { } cached)
        {
            return;
        }

        if (cached.JsonToWrite(force) is not { } json)
        {
            return;
        }

        var eTag = await _storage.WriteAsync(cached.Key, json, cached.ETag, cancellationToken);
        cached.MarkSaved(json, eTag);
    }

    /// <summary>Empties the document for this turn; the next save writes the empty document.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await GetCachedAsync(turnContext, cancellationToken);
        cached.Properties.Clear();
        cached.ForceWrite = true;
    }

    /// <summary>Removes the document from storage now (If-Match on the ETag it was read with, if any).</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await GetCachedAsync(turnContext, cancellationToken);
        await _storage.DeleteAsync(cached.Key, cached.ETag, cancellationToken);
        cached.MarkDeleted();
    }

    internal async ValueTask<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TurnCache(turnContext).Get(this) is { } cached)
        {
            return cached;
        }

        await LoadAsync(turnContext, force: true, cancellationToken);
        return TurnCache(turnContext).Get(this)!;
    }

    private static BotStateTurnCache TurnCache(ITurnContext turnContext)
    {
        var cache = turnContext.Services.Get<BotStateTurnCache>();
        if (cache is null)
        {
            cache = new BotStateTurnCache();
            turnContext.Services.Set(cache);
        }

        return cache;
    }
}
