using System.Text;
using System.Text.Json;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs.Recognizers;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// One of <see cref="PromptOptions.Choices"/>: by number, title, synonym, part of the title or with
/// typos. The question lists the options numbered and offers them as buttons. An ambiguous answer
/// asks again with only the options it could mean. A card submit with <c>{"choice": "…"}</c> also answers.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <summary>The field of an Action.Submit's data that carries the chosen title.</summary>
    public const string SubmitField = "choice";

    protected override Task<PromptRecognizerResult<FoundChoice>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var activity = turnContext.Activity;
        var answer = activity.Text;
        if (string.IsNullOrWhiteSpace(answer) && activity.Value is { ValueKind: JsonValueKind.Object } value &&
            value.TryGetProperty(SubmitField, out var submitted) && submitted.ValueKind == JsonValueKind.String)
        {
            answer = submitted.GetString();
        }

        var names = choices.Select(c => (IReadOnlyList<string>)[c.Value, .. c.Synonyms ?? []]).ToList();
        var recognition = ChoiceRecognizer.Recognize(answer, names);
        var result = recognition.Match switch
        {
            ChoiceMatch.Found => PromptRecognizerResult.Success(new FoundChoice(choices[recognition.Index].Value, recognition.Index)),
            ChoiceMatch.Ambiguous => PromptRecognizerResult.Failure<FoundChoice>(
                AmbiguousText(DialogTexts.For(activity.Locale), recognition.Indexes.Select(i => choices[i].Value))),
            _ => PromptRecognizerResult.Failure<FoundChoice>(),
        };
        return Task.FromResult(result);
    }

    protected override string DefaultRetryText(DialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.ChoiceRetry;
    }

    protected override Activity BuildPrompt(ITurnContext turnContext, PromptOptions options, string? retryText)
    {
        ArgumentNullException.ThrowIfNull(options);
        var activity = base.BuildPrompt(turnContext, options, retryText);
        var titles = (options.Choices ?? []).Select(c => c.Value).ToList();
        if (activity.Attachments is not { Count: > 0 } && options.RetryPrompt is null)
        {
            activity.Text = AppendList(activity.Text, titles);
        }

        SuggestedActions.Add(activity, titles);
        return activity;
    }

    private static string AmbiguousText(DialogTexts texts, IEnumerable<string> candidates) =>
        texts.ChoiceAmbiguous + " " + string.Join(" / ", candidates.Select(c => $"**{c}**"));

    private static string AppendList(string? text, List<string> titles)
    {
        var builder = new StringBuilder(text);
        builder.Append("\n\n");
        for (var i = 0; i < titles.Count; i++)
        {
            builder.Append(i + 1).Append(". ").Append(titles[i]).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }
}
