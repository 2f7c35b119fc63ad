using System.Text.RegularExpressions;
using OzaBot.Conversations.Routing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Privacy;

namespace OzaBot.Conversations.Flows.Gesprekskader;

internal sealed class GesprekskaderDialogState
{
    public List<int> Blocks { get; set; } = [];

    /// <summary>Position in <see cref="Blocks"/> and in that block's questions (0-based).</summary>
    public int BlockIndex { get; set; }

    public int QuestionIndex { get; set; }
}

/// <summary>
/// Choose at most two blocks, then one short note per question (or "overslaan"), then the summary cards.
/// The notes go to the conversation's <see cref="GesprekskaderSession"/> as they are given, so the
/// cards and a half-finished conversation show the same notes.
/// </summary>
internal static partial class GesprekskaderDialog
{
    public const string Id = "gesprekskader";

    private const string QuestionsId = Id + "-questions";

    public static Dialog Create(EvaluationFlowsStore flows)
    {
        var catalogue = flows.Services.Catalogue;
        var framework = catalogue.ConversationFramework;
        var dialog = new ComponentDialog(Id) { HelpText = context => GesprekskaderTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<GesprekskaderDialogState>(Id + "-choose", EvaluationFlowsJsonContext.Default.GesprekskaderDialogState)
                .AddStep((step, ct) => step.PromptAsync(
                    "blocks",
                    PromptOptions.FromText(GesprekskaderTexts.In(LanguageOf(step.Context)).ChooseBlocks(Shown(step.Context)), help: GesprekskaderTexts.In(LanguageOf(step.Context)).Help),
                    ct))
                .AddStep(async (step, ct) =>
                {
                    step.State.Blocks = [.. framework.Choose(ParseBlocks(step.ResultAs<string>(), framework)).Value!.Select(b => b.Number)];
                    var data = await flows.DataAsync(step.Context, ct);
                    data.Gesprekskader = new GesprekskaderSession { Blocks = [.. step.State.Blocks] };
                    await step.SendAsync(GesprekskaderTexts.In(LanguageOf(step.Context)).PrivacyWarning, ct);
                    return await step.ReplaceDialogAsync(QuestionsId, step.State, ct);
                }))
            .AddDialog(new WaterfallDialog<GesprekskaderDialogState>(QuestionsId, EvaluationFlowsJsonContext.Default.GesprekskaderDialogState)
                .AddStep(async (step, ct) =>
                {
                    var language = LanguageOf(step.Context);
                    var block = Block(Shown(step.Context), step.State);
                    if (step.State.QuestionIndex == 0)
                    {
                        await step.SendAsync(GesprekskaderTexts.In(language).BlockIntro(block), ct);
                    }

                    return await step.PromptAsync("note", new PromptOptions
                    {
                        Prompt = ActivityAddressing.Text(GesprekskaderTexts.In(language).AskNote(step.State.QuestionIndex + 1, block.Questions.Count, block.Questions[step.State.QuestionIndex])),
                        Help = GesprekskaderTexts.In(language).NoteHelp,
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var state = step.State;
                    var block = Block(framework, state);
                    var note = step.ResultAs<string>().Trim();
                    var data = await flows.DataAsync(step.Context, ct);
                    if (data.Gesprekskader is { } session && !IsSkip(note))
                    {
                        session.SetNotes(block.Number, [(state.QuestionIndex + 1, note)]);
                    }

                    if (++state.QuestionIndex >= block.Questions.Count)
                    {
                        state.QuestionIndex = 0;
                        state.BlockIndex++;
                    }

                    if (state.BlockIndex < state.Blocks.Count)
                    {
                        return await step.ReplaceDialogAsync(QuestionsId, state, ct);
                    }

                    await SendSummaryAsync(step.Context, catalogue, flows, data.Gesprekskader, ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new TextPrompt("blocks", async (prompt, ct) =>
            {
                var language = LanguageOf(prompt.Context);
                var numbers = ParseBlocks(prompt.Recognized.Value, framework);
                var chosen = framework.Choose(numbers);
                if (chosen.IsOk)
                {
                    return true;
                }

                await prompt.Context.SendActivityAsync(
                    numbers.Count > framework.MaxBlocksPerConversation ? GesprekskaderTexts.In(language).TooMany(Shown(prompt.Context)) : GesprekskaderTexts.In(language).NoBlockFound(framework.Blocks.Count),
                    ct);
                return false;
            }))
            .AddDialog(new TextPrompt("note", async (prompt, ct) =>
            {
                var language = LanguageOf(prompt.Context);
                var note = prompt.Recognized.Value ?? "";
                var problem = PrivacyCheck.Problem(note, prompt.Context) is { } found ? found
                    : note.Trim().Length > GesprekskaderTexts.MaxNoteLength ? GesprekskaderTexts.In(language).TooLong
                    : null;
                if (problem is null)
                {
                    return true;
                }

                await prompt.Context.SendActivityAsync(problem, ct);
                return false;
            }));
        return dialog;
    }

    /// <summary>The summary the group keeps: a heading and one card per chosen block, with the notes filled in.</summary>
    private static async Task SendSummaryAsync(ITurnContext context, ProcessCatalogue catalogue, EvaluationFlowsStore flows, GesprekskaderSession? session, CancellationToken cancellationToken)
    {
        if (session is null)
        {
            return;
        }

        var language = LanguageOf(context);
        var shown = catalogue.In(language);
        await context.SendActivityAsync(GesprekskaderTexts.In(language).Summary(session.Notes.Count), cancellationToken);
        foreach (var number in session.Blocks)
        {
            var block = shown.ConversationFramework.Blocks.First(b => b.Number == number);
            var card = flows.Services.Cards.Expand(GesprekskaderCard.Template, GesprekskaderCard.Data(shown, session, block, language), context.Activity.Locale);
            await context.SendCardAsync(card, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Block numbers ("4 en 6", "4,6") and block titles' first words ("monitoring en outcome") in the text.</summary>
    /// <summary>The gesprekskader in the turn's language, for what is shown; answers are read against both languages' numbers and titles.</summary>
    private static ConversationFramework Shown(ITurnContext context) => OzaTurn.Of(context).Catalogue.ConversationFramework;

    internal static List<int> ParseBlocks(string? text, ConversationFramework framework)
    {
        var lower = (text ?? "").ToLowerInvariant();
        var numbers = Digits().Matches(lower).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));
        var titles = framework.Blocks.Where(b => lower.Contains(b.Title.Split(' ')[0].ToLowerInvariant(), StringComparison.Ordinal)).Select(b => b.Number);
        return [.. numbers.Concat(titles).Distinct()];
    }

    internal static bool IsSkip(string note) => GesprekskaderTexts.Skip.Contains(note.Trim().ToLowerInvariant());

    private static ConversationBlock Block(ConversationFramework framework, GesprekskaderDialogState state) =>
        framework.Blocks.First(b => b.Number == state.Blocks[state.BlockIndex]);

    private static Language LanguageOf(ITurnContext context) => OzaTurn.Of(context).Language;

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
