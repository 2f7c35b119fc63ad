using System.Text.Json.Serialization;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Circumstances;

/// <summary>
/// "thuiszitten", "verzuim", "vrijstelling", "variawet": records that it plays (in a 1:1 chat only);
/// "omstandigheden" lists them to switch one on or off. "Wat nu?" then brings the right role forward.
/// </summary>
internal sealed class CircumstanceFlow : IIntentHandler
{
    public const string DialogId = "circumstances";

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.RecordCircumstance];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (!turn.IsPersonal)
        {
            await turn.SendAsync(CircumstanceTexts.In(turn.Language).OnlyOneToOne, cancellationToken);
            return;
        }

        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        var text = (turn.Activity.Text ?? string.Empty).ToLowerInvariant();
        var named = CircumstanceTexts.All.Where(c => c.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(c => (Circumstance?)c.Circumstance).FirstOrDefault();
        if (named is { } circumstance)
        {
            await SetAsync(turn, stored, circumstance, plays: true, cancellationToken);
            return;
        }

        await turn.Dialogs.BeginDialogAsync(DialogId, new CircumstanceState { CaseCode = stored.Code }, cancellationToken);
    }

    public static Dialog CreateDialog()
    {
        var dialog = new ComponentDialog(DialogId) { HelpText = context => CircumstanceTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<CircumstanceState>(DialogId + "-steps", CircumstanceJsonContext.Default.CircumstanceState)
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var current = (await turn.Services.Cases.GetAsync(turn.CaseKey(step.State.CaseCode), ct))?.Case.Circumstances ?? [];
                    return await step.PromptAsync(DialogId + "-which", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(CircumstanceTexts.In(turn.Language).Ask).Prompt,
                        Help = CircumstanceTexts.In(turn.Language).Help,
                        Choices = [.. CircumstanceTexts.All.Select(c => new Choice(CircumstanceTexts.In(turn.Language).Choice(c.Circumstance, current.Contains(c.Circumstance)), c.Words))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var chosen = CircumstanceTexts.All[step.ResultAs<FoundChoice>().Index].Circumstance;
                    if (await turn.Services.Cases.GetAsync(turn.CaseKey(step.State.CaseCode), ct) is not { } stored || !CaseAccess.MayAccess(turn, stored))
                    {
                        await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, step.State.CaseCode), ct);
                    }
                    else
                    {
                        await SetAsync(turn, stored, chosen, plays: !stored.Case.Circumstances.Contains(chosen), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt(DialogId + "-which"));
        return dialog;
    }

    private static async Task SetAsync(OzaTurn turn, StoredCase stored, Circumstance circumstance, bool plays, CancellationToken cancellationToken)
    {
        if (await turn.ChangeCaseAsync(stored, (c, actor) => c.SetCircumstance(circumstance, plays, actor), cancellationToken) is { } updated)
        {
            await turn.SendAsync(CircumstanceTexts.In(turn.Language).Recorded(updated.Code, updated.Case.Circumstances), cancellationToken);
        }
    }
}

internal sealed class CircumstanceState
{
    public string CaseCode { get; set; } = "";
}

[JsonSerializable(typeof(CircumstanceState))]
internal sealed partial class CircumstanceJsonContext : JsonSerializerContext;
