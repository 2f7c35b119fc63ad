using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt asks and how patient it is; persisted with the prompt instance as JSON.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that is not valid; by default the prompt's own hint plus the question.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>For <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; init; }

    /// <summary>Context help for "help" while this question is open.</summary>
    public string? Help { get; set; }

    /// <summary>After this many answers that are not valid the prompt gives up and the dialogs stop.</summary>
    public int MaxAttempts { get; set; } = 3;

    public static PromptOptions FromText(string prompt, string? retryPrompt = null, string? help = null) => new()
    {
        Prompt = ActivityAddressing.Text(prompt),
        RetryPrompt = retryPrompt is null ? null : ActivityAddressing.Text(retryPrompt),
        Help = help,
    };
}

/// <summary>An option of a <see cref="ChoicePrompt"/>: the title shown (and returned) plus words that also pick it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms;
    }

    public string Value { get; set; } = string.Empty;

    public IList<string>? Synonyms { get; init; }
}

/// <summary>The choice the user picked: its title and its position (0-based) in the options.</summary>
public sealed record FoundChoice(string Value, int Index);
