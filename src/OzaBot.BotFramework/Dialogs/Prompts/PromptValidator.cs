using OzaBot.BotFramework.Builder;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>Extra checks on a recognized answer; return <c>false</c> to ask again (send your own message to replace the retry prompt).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers were given so far, this one included.</summary>
    public int AttemptCount { get; }
}

/// <summary>Whether a prompt understood the answer, the value, and optionally a specific hint for the retry.</summary>
public sealed class PromptRecognizerResult<T>
{
    internal PromptRecognizerResult(bool succeeded, T? value, string? retryText)
    {
        Succeeded = succeeded;
        Value = value;
        RetryText = retryText;
    }

    public bool Succeeded { get; }

    public T? Value { get; }

    /// <summary>Replaces the prompt's default retry hint (e.g. "which one do you mean?" for an ambiguous choice).</summary>
    public string? RetryText { get; }
}

public static class PromptRecognizerResult
{
    public static PromptRecognizerResult<T> Success<T>(T value) => new(true, value, null);

    public static PromptRecognizerResult<T> Failure<T>(string? retryText = null) => new(false, default, retryText);
}
