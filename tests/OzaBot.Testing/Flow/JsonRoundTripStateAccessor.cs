using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.State;

namespace OzaBot.Testing.Flow;

/// <summary>
/// TEST HELPER (not production state): a state property kept only as JSON text per conversation.
/// Every turn deserializes it fresh and, as middleware, serializes it back after the turn — so a
/// test proves the value really survives as JSON (a "restart" is a new accessor over the same
/// <see cref="Documents"/>). Register it with <c>adapter.Use(accessor)</c>.
/// </summary>
public sealed class JsonRoundTripStateAccessor<T> : IStatePropertyAccessor<T>, IMiddleware
    where T : class
{
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly ConditionalWeakTable<ITurnContext, StrongBox<T?>> _turnValues = [];

    public JsonRoundTripStateAccessor(JsonTypeInfo<T> typeInfo, ConcurrentDictionary<string, string>? documents = null, string name = "DialogState")
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _typeInfo = typeInfo;
        Documents = documents ?? new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Name = name;
    }

    public string Name { get; }

    /// <summary>The persisted JSON, by conversation id; share it with a new accessor to simulate a restart.</summary>
    public ConcurrentDictionary<string, string> Documents { get; }

    public Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var box = Load(turnContext);
        box.Value ??= defaultValueFactory();
        return Task.FromResult(box.Value);
    }

    /// <summary>Replaces the value without reading the stored JSON (which may be unreadable).</summary>
    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        _turnValues.AddOrUpdate(turnContext, new StrongBox<T?>(value));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        _turnValues.AddOrUpdate(turnContext, new StrongBox<T?>(null));
        return Task.CompletedTask;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken);
        if (_turnValues.TryGetValue(turnContext, out var box))
        {
            var key = Key(turnContext);
            if (box.Value is null)
            {
                Documents.TryRemove(key, out _);
            }
            else
            {
                Documents[key] = JsonSerializer.Serialize(box.Value, _typeInfo);
            }
        }
    }

    private StrongBox<T?> Load(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return _turnValues.GetValue(turnContext, tc =>
            new StrongBox<T?>(Documents.TryGetValue(Key(tc), out var json) ? JsonSerializer.Deserialize(json, _typeInfo) : null));
    }

    private static string Key(ITurnContext turnContext) =>
        turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
}
