using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with a recognized, validated <typeparamref name="T"/> (Bot Builder's
/// prompt). An answer that is not valid gets the retry prompt; after
/// <see cref="PromptOptions.MaxAttempts"/> answers it did not understand the prompt gives up kindly and
/// cancels the dialogs (answers its validator refused with a reason do not count).
/// Each time it is asked it gets an id, so an answer is only ever applied to the question it answered: when a
/// turn re-runs because someone else's answer was saved first, and the question has moved on, the answer is
/// not applied to the next question (the user hears <see cref="DialogTexts.AlreadyAnswered"/>).
/// Persisted state: <c>{"options":{…},"state":{"AttemptCount":n,"Asked":"id"}}</c>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "AttemptCount";
    private const string AskedKey = "Asked";
    private const string ExpectingInput = "expectingInput";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, DialogJsonContext.Default.PromptOptions);
        instance.State[StateKey] = new JsonObject { [AttemptCountKey] = 0, [AskedKey] = Guid.NewGuid().ToString("N") };
        await SendAsync(dc.Context, BuildPrompt(dc.Context, promptOptions, retryText: null), cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!IsAnswer(dc.Context.Activity))
        {
            return DialogTurnResult.EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var asked = (instance.State[StateKey] as JsonObject)?[AskedKey]?.GetValue<string>() ?? "";
        if (dc.Context.Services.Get<AnsweredQuestion>() is { } answering && answering.Asked != asked)
        {
            // This turn runs again after another answer was saved first, and that answer moved the dialog on.
            await dc.Context.SendActivityAsync(dc.Texts.AlreadyAnswered, cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        // Kept in the turn's services, which outlive an attempt that is run again on fresh state.
        dc.Context.Services.Set(new AnsweredQuestion(asked));
        var options = ReadOptions(instance);
        var recognized = await RecognizeAsync(dc.Context, options, cancellationToken);
        var attempts = CountAttempt(instance);
        var respondedBefore = dc.Context.Responded;
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        // An answer the validator refused with its own reason (personal data, a date in the past) was
        // understood: it does not count towards giving up, so a refusal never costs the answers given so far.
        var explained = !respondedBefore && dc.Context.Responded;
        if (explained)
        {
            UncountAttempt(instance);
        }
        else if (attempts >= options.MaxAttempts)
        {
            await dc.Context.SendActivityAsync(dc.Texts.GiveUp, cancellationToken);
            return await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
        }

        // A validator that already explained what is wrong replaces the retry prompt (Bot Builder's rule).
        if (!dc.Context.Responded)
        {
            var retryText = recognized.RetryText ?? DefaultRetryText(dc.Texts);
            await SendAsync(dc.Context, BuildPrompt(dc.Context, options, retryText), cancellationToken);
        }

        return DialogTurnResult.EndOfTurn;
    }

    /// <summary>A dialog pushed on top of the prompt ended: ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        await SendAsync(turnContext, BuildPrompt(turnContext, ReadOptions(instance), retryText: null), cancellationToken);
    }

    public override string? GetHelp(ITurnContext turnContext, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ReadOptions(instance).Help ?? HelpText?.Invoke(turnContext);
    }

    public override object? GetBeginOptions(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ReadOptions(instance);
    }

    public override bool IsStateCompatible(DialogInstance instance, Func<string, Dialog?> findDialog)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State[OptionsKey] is JsonObject && instance.State[StateKey] is JsonObject;
    }

    /// <summary>Which activities count as an answer; messages by default.</summary>
    protected virtual bool IsAnswer(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Message;
    }

    protected abstract Task<PromptRecognizerResult<T>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The hint sent before the question when an answer was not understood.</summary>
    protected abstract string DefaultRetryText(DialogTexts texts);

    /// <summary>
    /// The message that asks the question: the prompt itself, or on a retry the retry prompt (or
    /// <paramref name="retryText"/> followed by the question when the question is plain text).
    /// </summary>
    protected virtual Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, string? retryText)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prompt = options.Prompt;
        Activity activity;
        if (retryText is null)
        {
            activity = Clone(prompt) ?? ActivityAddressing.Text(string.Empty);
        }
        else if (options.RetryPrompt is { } retry)
        {
            activity = Clone(retry)!;
        }
        else if (prompt?.Attachments is not { Count: > 0 } && !string.IsNullOrEmpty(prompt?.Text))
        {
            activity = ActivityAddressing.Text(retryText + "\n\n" + prompt.Text);
        }
        else
        {
            activity = ActivityAddressing.Text(retryText);
        }

        activity.InputHint = ExpectingInput;
        return activity;
    }

    /// <summary>Sends the question unless it is empty (no prompt given): Teams rejects empty messages.</summary>
    private static async Task SendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(activity.Text) || activity.Attachments is { Count: > 0 })
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
        }
    }

    private static Activity? Clone(Activity? activity) => activity is null
        ? null
        : JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.Activity);

    private static PromptOptions ReadOptions(DialogInstance instance)
    {
        try
        {
            return instance.State[OptionsKey]?.Deserialize(DialogJsonContext.Default.PromptOptions)
                ?? throw new DialogStateException($"Prompt '{instance.Id}' has no options.");
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"The options of prompt '{instance.Id}' cannot be read.", ex);
        }
    }

    private static void UncountAttempt(DialogInstance instance) =>
        ((JsonObject)instance.State[StateKey]!)[AttemptCountKey] = ((JsonObject)instance.State[StateKey]!)[AttemptCountKey]!.GetValue<int>() - 1;

    private static int CountAttempt(DialogInstance instance)
    {
        if (instance.State[StateKey] is not JsonObject state)
        {
            throw new DialogStateException($"Prompt '{instance.Id}' has no attempt state.");
        }

        var attempts = (state[AttemptCountKey] is JsonValue value && value.TryGetValue(out int count) ? count : 0) + 1;
        state[AttemptCountKey] = attempts;
        return attempts;
    }
}

/// <summary>Which asking of a question this turn's message answers (see <see cref="Prompt{T}"/>).</summary>
internal sealed record AnsweredQuestion(string Asked);
