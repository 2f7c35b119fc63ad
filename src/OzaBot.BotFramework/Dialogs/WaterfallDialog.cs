using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog{TState}"/>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>
/// A fixed sequence of steps sharing one typed state object, persisted as JSON through
/// <paramref name="stateType"/> (pass a source-generated <c>JsonTypeInfo</c>: no reflection per turn).
/// Begin options, when given, must be a <typeparamref name="TState"/>: they are the initial state.
/// Instance state keys follow Bot Builder: <c>options</c>, <c>values</c>, <c>instanceId</c>, <c>stepIndex</c>.
/// </summary>
public class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string InstanceIdKey = "instanceId";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep<TState>> _steps = [];
    private readonly JsonTypeInfo<TState> _stateType;

    public WaterfallDialog(string id, JsonTypeInfo<TState> stateType, IEnumerable<WaterfallStep<TState>>? steps = null)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(stateType);
        _stateType = stateType;
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }
    }

    public WaterfallDialog<TState> AddStep(WaterfallStep<TState> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not null and not TState)
        {
            throw new ArgumentException($"Waterfall '{Id}' takes a {typeof(TState).Name} as options, not a {options.GetType().Name}.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        var initial = options is TState typed ? Serialize(typed) : null;
        instance.State[OptionsKey] = initial;
        instance.State[ValuesKey] = initial?.DeepClone() ?? Serialize(new TState());
        instance.State[InstanceIdKey] = Guid.NewGuid().ToString("N");
        instance.State[StepIndexKey] = 0;
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message resumes the waiting step with its text; other activities leave the waterfall waiting.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(DialogTurnResult.EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, StepIndex(dc.ActiveDialog!) + 1, reason, result, cancellationToken);
    }

    public override object? GetBeginOptions(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State[OptionsKey]?.Deserialize(_stateType);
    }

    public override bool IsStateCompatible(DialogInstance instance, Func<string, Dialog?> findDialog)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State[StepIndexKey] is JsonValue index && index.TryGetValue(out int step) && step >= 0 && step < _steps.Count &&
            (instance.LiveState is TState || instance.State[ValuesKey] is JsonObject);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (index >= _steps.Count)
        {
            // Past the last step: the waterfall ends with the last result.
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        instance.State[StepIndexKey] = index;
        var step = new WaterfallStepContext<TState>(this, dc, instance, LiveValues(instance), index, reason, result);
        try
        {
            return await _steps[index](step, cancellationToken);
        }
        finally
        {
            Flush(instance);
        }
    }

    internal TState? ReadOptions(DialogInstance instance)
    {
        try
        {
            return instance.State[OptionsKey]?.Deserialize(_stateType);
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"The options of waterfall '{Id}' cannot be read.", ex);
        }
    }

    /// <summary>
    /// Puts the live step state back into the instance's JSON, as a value serialized only when the stack is saved
    /// (and then as it is at that moment): a step that changes nothing costs no serialization.
    /// </summary>
    private void Flush(DialogInstance instance)
    {
        if (instance.LiveState is TState live)
        {
            instance.State[ValuesKey] = DeferredJson.Of(live, _stateType);
        }
    }

    private static int StepIndex(DialogInstance instance) =>
        instance.State[StepIndexKey] is JsonValue value && value.TryGetValue(out int index)
            ? index
            : throw new DialogStateException($"Waterfall '{instance.Id}' has no step index.");

    /// <summary>One typed state object per instance and turn, so steps chained in one turn share it.</summary>
    private TState LiveValues(DialogInstance instance)
    {
        if (instance.LiveState is TState live)
        {
            return live;
        }

        try
        {
            live = instance.State[ValuesKey]?.Deserialize(_stateType) ?? new TState();
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"The state of waterfall '{Id}' cannot be read.", ex);
        }

        instance.LiveState = live;
        return live;
    }

    private JsonNode? Serialize(TState value) => JsonSerializer.SerializeToNode(value, _stateType);
}
