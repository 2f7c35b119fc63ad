using System.Text.Json;
using System.Text.Json.Serialization;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.State;

namespace OzaBot.Testing.Storage;

/// <summary>What several people answered in one conversation.</summary>
public sealed class AnswerSheet
{
    public List<string> Answers { get; set; } = [];
}

[JsonSerializable(typeof(AnswerSheet))]
public sealed partial class StateTestJsonContext : JsonSerializerContext;

/// <summary>
/// A bot for state tests: adds "{user}: {text}" to the conversation's answer sheet and confirms.
/// A test can hold a turn between reading the sheet and changing it, to make two turns overlap.
/// </summary>
public sealed class AnswerRecordingBot : IBot
{
    public const string PropertyName = "answers";

    private readonly IStatePropertyAccessor<AnswerSheet> _sheet;
    private int _attempts;

    public AnswerRecordingBot(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _sheet = conversationState.CreateProperty(PropertyName, StateTestJsonContext.Default.AnswerSheet);
    }

    /// <summary>Awaited after the sheet was read and before the answer is added.</summary>
    public Func<ITurnContext, Task>? BetweenReadAndWrite { get; set; }

    /// <summary>How often the bot ran (a retried turn counts each time).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public static string Confirmation(string text) => "Genoteerd: " + text;

    /// <summary>The answers stored for a conversation, read straight from storage.</summary>
    public static async Task<IReadOnlyList<string>> StoredAnswersAsync(IStorage storage, string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var item = await storage.ReadAsync(conversationKey);
        if (item is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(item.Json);
        return document.RootElement.GetProperty(PropertyName).Deserialize(StateTestJsonContext.Default.AnswerSheet)!.Answers;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        Interlocked.Increment(ref _attempts);
        var sheet = await _sheet.GetAsync(turnContext, () => new AnswerSheet(), cancellationToken);
        if (BetweenReadAndWrite is { } hold)
        {
            await hold(turnContext);
        }

        var text = turnContext.Activity.Text ?? string.Empty;
        sheet.Answers.Add(turnContext.Activity.From?.Id + ": " + text);
        await turnContext.SendActivityAsync(Confirmation(text), cancellationToken);
    }
}
