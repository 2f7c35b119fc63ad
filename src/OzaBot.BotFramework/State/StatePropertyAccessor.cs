using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    /// <remarks>
    /// The default is stored (as in Bot Builder); a stored null also gets the default. A value that no
    /// longer deserializes (its type changed between deployments) throws <see cref="JsonException"/>:
    /// the caller decides, e.g. DialogSet tells the user and calls <see cref="SetAsync"/> with a fresh
    /// value, which replaces the stored one without reading it.
    /// </remarks>
    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        if (cached.Properties.TryGetValue(Name, out var slot) && slot.Read(typeInfo) is { } value)
        {
            if (slot is not ValueSlot<T>)
            {
                cached.Properties[Name] = new ValueSlot<T>(value, typeInfo);
            }

            return value;
        }

        var created = defaultValueFactory();
        cached.Properties[Name] = new ValueSlot<T>(created, typeInfo);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        cached.Properties[Name] = new ValueSlot<T>(value, typeInfo);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        cached.Properties.Remove(Name);
    }
}
