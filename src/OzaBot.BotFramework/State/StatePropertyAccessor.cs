using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    /// <remarks>
    /// The default is stored (as in Bot Builder). A stored null, or a value that no longer deserializes
    /// after its type changed between deployments, also gets the default: that property starts over
    /// instead of failing every turn.
    /// </remarks>
    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        if (cached.Properties.TryGetValue(Name, out var slot))
        {
            try
            {
                var value = slot.Read(typeInfo);
                if (value is not null)
                {
                    if (slot is not ValueSlot<T>)
                    {
                        cached.Properties[Name] = new ValueSlot<T>(value, typeInfo);
                    }

                    return value;
                }
            }
            catch (JsonException)
            {
                // Fall through to the default: the stored shape is from an older version of T.
            }
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
